// SPDX-License-Identifier: MIT
// The link fields of a declared through model (through_fields=, Django's search and its
// fields.E333-E339 checks) and the symmetrical self relation, which has no reverse accessor.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/schema.hpp"

using namespace sqlweave;

namespace {

// Rsvp declares `host` before `guest`: through_fields, not field order, names the link.
constexpr const char* meetups_py = R"(from django.db import models


class Member(models.Model):
    nick = models.CharField(max_length=20)
    mentees = models.ManyToManyField(
        "self", through="Mentorship", through_fields=("mentor", "mentee"), symmetrical=False,
        related_name="mentors")
    pals = models.ManyToManyField("self", through="Pairing", symmetrical=True)


class Meetup(models.Model):
    topic = models.CharField(max_length=40)
    guests = models.ManyToManyField(Member, through="Rsvp", through_fields=("meetup", "guest"),
                                    related_name="meetups")


class Rsvp(models.Model):
    meetup = models.ForeignKey(Meetup, models.CASCADE)
    host = models.ForeignKey(Member, models.CASCADE, related_name="hosted")
    guest = models.ForeignKey(Member, models.CASCADE, related_name="rsvps")


class Mentorship(models.Model):
    introducer = models.ForeignKey(Member, models.CASCADE, related_name="introduced")
    mentor = models.ForeignKey(Member, models.CASCADE, related_name="+")
    mentee = models.ForeignKey(Member, models.CASCADE, related_name="mentorships")


class Pairing(models.Model):
    left = models.ForeignKey(Member, models.CASCADE, related_name="+")
    right = models.ForeignKey(Member, models.CASCADE, related_name="+")


class Club(models.Model):
    club = models.CharField(max_length=10)
    sister = models.ManyToManyField("self")
)";

const schema& meetups() {
  static const schema s = schema::from_models_source(meetups_py, {.app = "m"});
  return s;
}

std::string sql_of(const std::string& text) {
  return compile(meetups(), parse_query(text), dialect_id::sqlite).statements.at(0).sql;
}

std::string load_error(const std::string& source) {
  try {
    (void)schema::from_models_source(source, {.app = "m"});
  } catch (const error& e) {
    CHECK(e.code() == error_code::bad_schema);
    return e.what();
  }
  FAIL("the models loaded");
  return {};
}

constexpr const char* member_and_meetup = R"(from django.db import models


class Member(models.Model):
    nick = models.CharField(max_length=20)


class Meetup(models.Model):
    topic = models.CharField(max_length=40)
)";

}  // namespace

TEST_CASE("through_fields names the link columns", "[schema][through]") {
  CHECK(sql_of(R"(Meetup.objects.filter(guests__nick="jane").values("id"))") ==
        R"(SELECT "m_meetup"."id" FROM "m_meetup" INNER JOIN "m_rsvp" ON ("m_meetup"."id" = )"
        R"("m_rsvp"."meetup_id") INNER JOIN "m_member" ON ("m_rsvp"."guest_id" = "m_member"."id") )"
        R"(WHERE "m_member"."nick" = ?)");
  CHECK(sql_of(R"(Member.objects.filter(meetups__topic="c++").values("id"))") ==
        R"(SELECT "m_member"."id" FROM "m_member" INNER JOIN "m_rsvp" ON ("m_member"."id" = )"
        R"("m_rsvp"."guest_id") INNER JOIN "m_meetup" ON ("m_rsvp"."meetup_id" = "m_meetup"."id") )"
        R"(WHERE "m_meetup"."topic" = ?)");
  CHECK(sql_of(R"(Meetup.objects.annotate(n=Count("guests")).values("n"))") ==
        R"(SELECT COUNT("m_rsvp"."guest_id") AS "n" FROM "m_meetup" LEFT OUTER JOIN "m_rsvp" ON )"
        R"(("m_meetup"."id" = "m_rsvp"."meetup_id") GROUP BY "m_meetup"."id", "m_meetup"."topic")");
}

TEST_CASE("through_fields on a self relation picks source and target", "[schema][through]") {
  // Mentorship's first key to Member is `introducer`; through_fields skips it.
  CHECK(
      sql_of(R"(Member.objects.filter(mentees__nick="a").values("id"))") ==
      R"(SELECT "m_member"."id" FROM "m_member" INNER JOIN "m_mentorship" ON ("m_member"."id" = )"
      R"("m_mentorship"."mentor_id") INNER JOIN "m_member" "T3" ON ("m_mentorship"."mentee_id" = )"
      R"("T3"."id") WHERE "T3"."nick" = ?)");
  CHECK(
      sql_of(R"(Member.objects.filter(mentors__nick="a").values("id"))") ==
      R"(SELECT "m_member"."id" FROM "m_member" INNER JOIN "m_mentorship" ON ("m_member"."id" = )"
      R"("m_mentorship"."mentee_id") INNER JOIN "m_member" "T3" ON ("m_mentorship"."mentor_id" = )"
      R"("T3"."id") WHERE "T3"."nick" = ?)");
}

TEST_CASE("prefetch through through_fields", "[schema][through]") {
  const auto c = compile(meetups(), parse_query(R"(Meetup.objects.prefetch_related("guests"))"),
                         dialect_id::sqlite);
  REQUIRE(c.prefetches.size() == 1);
  CHECK(c.prefetches[0].sql_head.find(
            R"(ON ("m_member"."id" = "m_rsvp"."guest_id") WHERE "m_rsvp"."meetup_id" IN)") !=
        std::string::npos);
  CHECK(c.prefetches[0].sql_head.find("host_id") == std::string::npos);
}

TEST_CASE("a symmetrical self relation has no reverse accessor", "[schema][through]") {
  // `club` is the field; Django gives `sister` no reverse name that could clash with it.
  CHECK(sql_of(R"(Club.objects.filter(sister__club="x").values("id"))") ==
        R"(SELECT "m_club"."id" FROM "m_club" INNER JOIN "m_club_sister" ON ("m_club"."id" = )"
        R"("m_club_sister"."from_club_id") INNER JOIN "m_club" "T3" ON )"
        R"(("m_club_sister"."to_club_id" = "T3"."id") WHERE "T3"."club" = ?)");
  CHECK(meetups().at(meetups().find_model("Club")).find("club")->what == member::kind::column);
  // With a through model (Django 3.0+) the first key is the source.
  CHECK(
      sql_of(R"(Member.objects.filter(pals__nick="a").values("id"))") ==
      R"(SELECT "m_member"."id" FROM "m_member" INNER JOIN "m_pairing" ON ("m_member"."id" = )"
      R"("m_pairing"."left_id") INNER JOIN "m_member" "T3" ON ("m_pairing"."right_id" = "T3"."id") )"
      R"(WHERE "T3"."nick" = ?)");
  // symmetrical=False keeps the reverse side.
  CHECK(meetups().at(meetups().find_model("Member")).find("mentors") != nullptr);
  CHECK(meetups().at(meetups().find_model("Member")).find("member") == nullptr);
}

TEST_CASE("an ambiguous through model is an error, as Django's checks", "[schema][through]") {
  const std::string two_to_target = std::string(member_and_meetup) + R"(
    guests = models.ManyToManyField(Member, through="Rsvp")


class Rsvp(models.Model):
    meetup = models.ForeignKey(Meetup, models.CASCADE)
    host = models.ForeignKey(Member, models.CASCADE, related_name="hosted")
    guest = models.ForeignKey(Member, models.CASCADE, related_name="rsvps")
)";
  CHECK(load_error(two_to_target) ==
        "Meetup.guests: the through model Rsvp has more than one foreign key to Member (host, "
        "guest), which is ambiguous; name the two with through_fields=(\"<key to Meetup>\", "
        "\"<key to Member>\") (Django's fields.E335)");
  const std::string unknown_name = std::string(member_and_meetup) + R"(
    guests = models.ManyToManyField(Member, through="Rsvp", through_fields=("meetup", "gest"))


class Rsvp(models.Model):
    meetup = models.ForeignKey(Meetup, models.CASCADE)
    guest = models.ForeignKey(Member, models.CASCADE)
)";
  CHECK(load_error(unknown_name) ==
        "Meetup.guests: the through model Rsvp has no field 'gest'; its foreign keys to Member: "
        "guest (Django's fields.E338)");
  const std::string wrong_side = std::string(member_and_meetup) + R"(
    guests = models.ManyToManyField(Member, through="Rsvp", through_fields=("guest", "meetup"))


class Rsvp(models.Model):
    meetup = models.ForeignKey(Meetup, models.CASCADE)
    guest = models.ForeignKey(Member, models.CASCADE)
)";
  CHECK(load_error(wrong_side) ==
        "Meetup.guests: through_fields names 'Rsvp.guest', which is not a foreign key to Meetup "
        "(Django's fields.E339)");
  const std::string no_through = std::string(member_and_meetup) + R"(
    guests = models.ManyToManyField(Member, through_fields=("meetup", "guest"))
)";
  CHECK(load_error(no_through) == "Meetup.guests has through_fields but no through model");
  const std::string three_to_self = R"(from django.db import models


class Member(models.Model):
    pals = models.ManyToManyField("self", through="Pairing")


class Pairing(models.Model):
    left = models.ForeignKey(Member, models.CASCADE, related_name="+")
    right = models.ForeignKey(Member, models.CASCADE, related_name="+")
    judge = models.ForeignKey(Member, models.CASCADE, related_name="+")
)";
  CHECK(load_error(three_to_self) ==
        "Member.pals: the through model Pairing has more than two foreign keys to Member (left, "
        "right, judge), which is ambiguous; name the two with through_fields=(\"<key to "
        "Member>\", \"<key to Member>\") (Django's fields.E333)");
}
