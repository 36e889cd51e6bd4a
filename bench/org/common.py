"""What every part of the synthetic organisation shares: sizes, statuses, and a way to
choose that looks random but gives volunteer i the same state at every size."""

from dataclasses import dataclass
from datetime import timedelta

from people.status import Status
from supervision import recurrence


@dataclass(frozen=True)
class Size:
    name: str
    volunteers: int
    courses: int
    trainers: int
    managers: int = 2


SIZES = {
    "small": Size("small", volunteers=50, courses=5, trainers=2),
    # Not one of the two sizes: a middle step for trying changes to the bench itself.
    "medium": Size("medium", volunteers=1_000, courses=15, trainers=4),
    "large": Size("large", volunteers=10_000, courses=30, trainers=10),
}
TEAM = 40
CHUNK = 1_000
BATCH = 2_000
PASSWORD = "bench-password-not-a-secret"
DOMAIN = "bench.waymark.test"
COHORT = 16
MASK = (1 << 64) - 1

FIRST = ["Alex", "Bea", "Cai", "Dee", "Eli", "Fran", "Gwen", "Huw", "Ifan", "Jo", "Kai", "Lowri", "Mo", "Nia",
         "Owen", "Pat", "Rhys", "Sam", "Tess", "Usha", "Vic", "Wyn", "Yasmin", "Zac", "Amir", "Bryn", "Ceri",
         "Dafydd", "Elin", "Femi", "Gareth", "Hana", "Iolo", "Jade", "Kemi", "Leon", "Megan", "Nadia", "Osian"]
LAST = ["Jones", "Hughes", "Lewis", "Price", "Rees", "Davies", "Evans", "Thomas", "Roberts", "Williams",
        "Morgan", "Patel", "Okafor", "Khan", "Edwards", "Powell", "Griffiths", "Owen", "Jenkins", "Phillips",
        "Bowen", "Parry", "Lloyd", "Morris", "James", "Walker", "Ali", "Begum", "Nowak", "Murphy", "Kelly"]


STAFF_SALT = {"manager": 3, "supervisor": 5, "trainer": 9}


def pick(i, salt, n):
    """A number in [0, n) that looks random but is the same for volunteer i at every size."""
    x = (i * 0x9E3779B97F4A7C15 + (salt + 1) * 0xD1B54A32D192ED03) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
    return (x ^ (x >> 31)) % n


def status_of(i):
    if i % 100 == 99:
        return Status.LEFT
    r = i % 20
    if r == 0:
        return Status.APPLICANT
    if r <= 7:
        return Status.IN_TRAINING
    if r <= 9:
        return Status.READY
    return Status.ACTIVE if r <= 18 else Status.PAUSED


DAYS_SINCE_JOINING = {
    Status.APPLICANT: (1, 20),
    Status.IN_TRAINING: (21, 120),
    Status.READY: (70, 150),
    Status.ACTIVE: (150, 730),
    Status.PAUSED: (200, 600),
    Status.LEFT: (300, 700),
}
STARTED = (Status.READY, Status.ACTIVE, Status.PAUSED, Status.LEFT)


def placement_of(i):
    n = pick(i, 1, 10)
    return "community" if n < 7 else "hospital" if n < 9 else "telephone"


def name_of(i, salt=0):
    return f"{FIRST[pick(i, 7 + salt, len(FIRST))]} {LAST[pick(i, 8 + salt, len(LAST))]}"


def local(day, at):
    return recurrence.combine_local(day, at)


def monday(day):
    return day - timedelta(days=day.weekday())


# -- 1. People ----------------------------------------------------------------------------------


@dataclass
class Volunteer:
    i: int
    user_id: int
    name: str
    email: str
    status: str
    joined: object
    placement: str


@dataclass
class People:
    volunteers: list
    supervisors: list
    supervisor_names: list
    trainers: list
    managers: list
