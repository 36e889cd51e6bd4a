"""The printout: one table per figure, sizes side by side, each goal with yes or NO."""

QUERY_LIMIT = 12
BOARD_SECONDS = 1.0
THROUGHPUT_RATIO = 0.7
PER_HUNDRED = 1.0
REMINDER_SECONDS = 120
REPORT_SECONDS = 0.2
SOAK_P95_SECONDS = 0.3
SOAK_RATIO = 0.9


def _yes(ok):
    return "yes" if ok else "NO"


def _table(title, header, rows):
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = [title]
    for row in [header, *rows]:
        cells = [str(row[0]).ljust(widths[0])]
        cells += [str(cell).rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  " + "  ".join(cells).rstrip())
    return "\n".join(lines)


def _seconds(value):
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _minutes(value):
    return f"{value:.0f} s" if value < 120 else f"{value / 60:.1f} min"


def organisation(results):
    names = [r["size"] for r in results]
    rows = [["volunteers", *[f"{r['volunteers']:,}" for r in results]],
            ["courses", *[r["courses"] for r in results]],
            ["supervisees of the 'My team' supervisor", *[r["team"] for r in results]]]
    rows += [[label, *[f"{r['rows'][label]:,}" for r in results]] for label in results[0]["rows"]]
    rows.append(["build time", *[_minutes(r["build"]["seconds"]) for r in results]])
    return _table("Organisation", ["", *names], rows)


def queries(results):
    names = [r["size"] for r in results]
    rows = []
    for key, label in results[0]["labels"].items():
        counts = [r["queries"][key] for r in results]
        label = label.replace(f"({results[0]['team']} supervisees)", "(40 supervisees)")
        rows.append([label, *counts, _yes(len(set(counts)) == 1), _yes(max(counts) <= QUERY_LIMIT)])
    header = ["SQL queries per page", *names, "same at all sizes", f"<= {QUERY_LIMIT}"]
    return _table("SQL queries (goal: the same count at both sizes, at most 12 for any page)", header, rows)


def server_time(results):
    first, last = results[0], results[-1]
    growth = last["volunteers"] / first["volunteers"]
    header = ["median of " + str(first["times"]["board"]["runs"]) + " test-client requests",
              *[r["size"] for r in results]]
    if len(results) > 1:
        header += ["large/small", f"per volunteer (volunteers x{growth:g})"]
    rows = []
    pages = [("board", "readiness board"), ("report", "funder report"), ("first_steps_report", "First Steps report"),
             ("report_month", "funder report, one month"), ("report_two_years", "funder report, two years"),
             ("first_steps_report_month", "First Steps report, one month"),
             ("first_steps_report_two_years", "First Steps report, two years"),
             ("distance_report_month", "distance-travelled report, one month"),
             ("distance_report_two_years", "distance-travelled report, two years")]
    for key, label in (page for page in pages if page[0] in last["times"]):
        row = [label, *[f"{_seconds(r['times'][key]['median'])} ({r['times'][key]['kilobytes']:,} KB)"
                        for r in results]]
        if len(results) > 1:
            ratio = last["times"][key]["median"] / first["times"][key]["median"]
            row += [f"x{ratio:.1f}", f"{ratio / growth:.2f}"]
        rows.append(row)
    board = last["times"]["board"]["median"]
    lines = [_table("Server time", header, rows)]
    if last["volunteers"] >= 10_000:
        lines.append(f"  goal: the {last['volunteers']:,}-volunteer board in at most 1 s: "
                     f"{_yes(board <= BOARD_SECONDS)} ({_seconds(board)})")
        first_steps = last["times"]["first_steps_report"]["median"]
        lines.append(f"  goal: the First Steps report in under 1 s: {_yes(first_steps < BOARD_SECONDS)} "
                     f"({_seconds(first_steps)})")
        for key, label in (("report", "funder report"), ("first_steps_report", "First Steps report"),
                           ("distance_report", "distance-travelled report")):
            times = [last["times"].get(f"{key}_{name}", {}).get("median") for name in ("month", "two_years")]
            if None not in times:
                lines.append(f"  goal: the {label} at most {_seconds(REPORT_SECONDS)} for one month and two years: "
                             f"{_yes(max(times) <= REPORT_SECONDS)} ({' and '.join(_seconds(t) for t in times)})")
    for r in results:
        catch_up = r.get("catch_up")
        if catch_up:
            notice = "saying it is catching up" if catch_up["notice"] else "no notice"
            lines.append(
                f"  {r['size']}: straight after the rules changed for everyone, the board took "
                f"{_seconds(catch_up['board_seconds'])} ({notice}); the catch-up then judged "
                f"{catch_up['judged']:,} volunteers in {_seconds(catch_up['catch_up_seconds'])}"
            )
    if len(results) > 1:
        for key, label in (("board", "board"), ("report", "report")):
            ratio = last["times"][key]["median"] / first["times"][key]["median"]
            lines.append(f"  goal: {label} growth no worse than linear in volunteers: {_yes(ratio <= growth)} "
                         f"(x{ratio:.1f} for x{growth:g} volunteers)")
    return "\n".join(lines)


def throughput(results):
    def each(form, *keys):
        return [form(*[r["throughput"][key] for key in keys]) for r in results]

    def spread(low_high):
        return f"{low_high[0]:.2f} to {low_high[1]:.2f}"

    rows = [["lesson page (requests/s, median turn)", *each("{:.1f}".format, "lesson_rps")],
            ["bare Wagtail page (requests/s, median turn)", *each("{:.1f}".format, "bare_rps")],
            ["ratio, median pair (goal: at least 0.7)",
             *each(lambda ratio: f"{ratio:.2f} {_yes(ratio >= THROUGHPUT_RATIO)}", "ratio")],
            ["middle half of the pairs", *each(spread, "ratio_quartiles")],
            ["lowest to highest pair", *each(spread, "ratio_range")],
            ["worker CPU per request: lesson / bare (ms)",
             *each(lambda lesson, bare: f"{lesson:.1f} / {bare:.1f}", "lesson_cpu_ms", "bare_cpu_ms")],
            ["failed requests", *each(str, "bad")]]
    shape = results[0]["throughput"]
    return _table(f"Throughput: {shape['generator']}; {shape['shape']}", ["", *[r["size"] for r in results]], rows)


def memory(results):
    rows = [["resident after start (MB)", *[f"{r['memory']['after_start_mb']:.0f}" for r in results]],
            ["peak while serving the board (MB)", *[f"{r['memory']['peak_mb']:.0f}" for r in results]]]
    return _table("Peak memory of the web process (one gunicorn worker, VmHWM)", ["", *[r["size"] for r in results]],
                  rows)


def reminders(result):
    data = result.get("reminders")
    if not data:
        return ""
    due = data["due"]
    sweep, single = data["sweep"], data["per_email"]

    def per_hundred(value):
        return f"{100 * value / due:.2f}"

    rows = [
        ["reminders sent", sweep["reminders"], single["reminders"]],
        ["e-mails the SMTP server received", sweep["emails"], single["emails"]],
        ["broker messages", sweep["broker_messages"], single["broker_messages"]],
        ["  per 100 reminders", per_hundred(sweep["broker_messages"]), per_hundred(single["broker_messages"])],
        ["SMTP connections", sweep["smtp_connections"], single["smtp_connections"]],
        ["  per 100 reminders", per_hundred(sweep["smtp_connections"]), per_hundred(single["smtp_connections"])],
        ["time", _seconds(sweep["seconds"]), _seconds(single["seconds"])],
    ]
    # Beat's own message for each sweep is not the reminders' cost; the batches' tasks are.
    batch_messages = sweep["broker_messages"] - sweep["sweeps"]
    ok = max(batch_messages, sweep["smtp_connections"]) * 100 / due <= PER_HUNDRED
    in_time = sweep["emails"] == single["emails"] and sweep["seconds"] <= REMINDER_SECONDS
    lines = [
        _table(f"Reminder sweep: {due:,} due reminders ({result['size']}); {data['worker']}",
               ["", "the sweep task", "one task per e-mail"], rows),
        f"  goal: at most one broker message and one SMTP connection per 100 reminders: {_yes(ok)} "
        f"({batch_messages} batch tasks and {sweep['sweeps']} sweep message(s) from beat)",
        f"  goal: all accepted by the mail server within {REMINDER_SECONDS // 60} minutes at beat's one sweep a "
        f"minute: {_yes(in_time)} ({_seconds(sweep['seconds'])}, {sweep['sweeps']} sweep(s), batches of "
        f"{data['batch']} handed out to the workers)",
    ]
    return "\n".join(lines)


def soak(result):
    data = result.get("soak")
    if not data:
        return ""
    mix = ", ".join(f"{n} {kind}s" for kind, n in data["mix"].items())
    lines = [
        f"Soak ({result['size']}): {data['users']} simulated people ({mix}) for {data['seconds']:.0f} s, "
        f"think time {data['think']:g} s on average; {data['shape']}",
        f"  requests {data['requests']:,}  errors {data['errors']} (goal: 0) {_yes(data['errors'] == 0)}  "
        f"{data['rps']:.1f} requests/s; {data.get('retries', 0)} sent again on a new connection",
        f"  latency: median {_seconds(data['median'])}, 95th percentile {_seconds(data['p95'])}, "
        f"slowest {_seconds(data['max'])}",
    ]
    pages = sorted(data["pages"].items(), key=lambda item: -item[1]["p95"])
    asked = data.get("asked_rps")
    if asked:
        ratio = data["rps"] / asked
        lines.append(f"  throughput: {data['rps']:.1f} requests/s achieved against {asked:.1f} asked for, a ratio of "
                     f"{ratio:.2f} (goal: at least {SOAK_RATIO:g}) {_yes(ratio >= SOAK_RATIO)}")
    cpu = data.get("cpu_ms_per_request")
    if cpu:
        total = sum(cpu.values())
        parts = ", ".join(f"{part} {ms:.1f}" for part, ms in cpu.items())
        lines.append(f"  CPU per request (ms): {parts}; {total:.1f} in all, so {data['cpus']} cores answer at most "
                     f"{1000 * data['cpus'] / total:.0f} requests/s")
    slowest = pages[0][1]["p95"] if pages else 0
    lines.append(f"  goal: every page's 95th percentile at most {_seconds(SOAK_P95_SECONDS)}: "
                 f"{_yes(slowest <= SOAK_P95_SECONDS)} (slowest page {_seconds(slowest)})")
    lines.append(_table("  by page", ["  page", "requests", "median", "95th percentile", "<= 300 ms"],
                        [[f"  {page}", v["requests"], _seconds(v["median"]), _seconds(v["p95"]),
                          _yes(v["p95"] <= SOAK_P95_SECONDS)] for page, v in pages]))
    for error, count in data["error_kinds"].items():
        lines.append(f"  error: {error} ({count})")
    return "\n".join(lines)


def report(facts, results):
    head = [
        f"Waymark benchmark, {facts['when']}, commit {facts['commit']}, {facts['minutes']:.0f} min in all",
        f"Machine: {facts['cpus']} CPUs ({facts['cpu']}), {facts['memory_gib']:.1f} GiB memory; "
        f"PostgreSQL {facts['postgres']} (autovacuum {facts.get('autovacuum', 'unknown')}; each database vacuumed "
        f"before each phase); Redis {facts['redis']}; Python {facts['python']}; "
        f"load average at the start {facts['load']:.1f}",
    ]
    sections = [organisation(results), queries(results), server_time(results), throughput(results),
                memory(results), reminders(results[-1]), soak(results[-1])]
    return "\n\n".join(["\n".join(head), *[section for section in sections if section]]) + "\n"
