// SPDX-License-Identifier: MIT
// Replaces the global allocation functions to count calls (per thread, so the benchmark
// library's own threads do not interfere); memory still comes from malloc.
#include "alloc_counter.hpp"

#include <cstdlib>
#include <new>

namespace {
thread_local std::size_t count = 0;

void* allocate(std::size_t size, std::size_t alignment = alignof(std::max_align_t)) {
  ++count;
  void* p = nullptr;
  if (alignment <= alignof(std::max_align_t))
    p = std::malloc(size == 0 ? 1 : size);
  else if (posix_memalign(&p, alignment, size == 0 ? alignment : size) != 0)
    p = nullptr;
  return p;
}
}  // namespace

namespace sqlweave::bench {
std::size_t allocations() { return count; }
}  // namespace sqlweave::bench

void* operator new(std::size_t size) {
  if (void* p = allocate(size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, std::align_val_t a) {
  if (void* p = allocate(size, static_cast<std::size_t>(a))) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size, std::align_val_t a) { return operator new(size, a); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
