PHOTOGRAPHER = "photographer"
EDITOR = "editor"
ROLE_LENGTH = max(len(PHOTOGRAPHER), len(EDITOR))
