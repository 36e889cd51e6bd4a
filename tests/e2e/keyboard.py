"""Keyboard-only steps for the browser journeys, and the checks that go with them.

Each step moves with Tab (and the arrow keys inside a radio group) the way someone without
a mouse would, fails if the focus never gets there, and fails if the focus cannot be seen.
"""

IS_FOCUSED = "element => element === document.activeElement"


def focus_is_visible(page, target):
    """True when the focused `target` looks different from the same control unfocused."""
    box = target.bounding_box()
    viewport = page.viewport_size
    left, top = max(box["x"] - 6, 0), max(box["y"] - 6, 0)
    clip = {
        "x": left,
        "y": top,
        "width": min(box["width"] + 12, viewport["width"] - left),
        "height": min(box["height"] + 12, viewport["height"] - top),
    }
    focused = page.screenshot(clip=clip)
    target.evaluate("element => element.blur()")
    plain = page.screenshot(clip=clip)
    target.focus()
    return focused != plain


def tab_to(page, target, *, limit=120):
    """Press Tab until `target` has the focus, and check the focus shows.

    The target is found once, before the first Tab (Tab moves the focus, never the page's
    elements): a role-and-name locator asked again after every Tab would work out the role
    and name of everything on the page each time.
    """
    element = target.element_handle()
    try:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if element.evaluate(IS_FOCUSED):
                assert focus_is_visible(page, target), f"The keyboard focus cannot be seen on {target}"
                return target
    finally:
        element.dispose()
    raise AssertionError(f"Pressing Tab {limit} times never reached {target}")


def choose(page, radio):
    """Select a radio button with the keyboard: Tab into its group, then arrow down to it."""
    name = radio.get_attribute("name")
    for _ in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.name") == name:
            break
    else:
        raise AssertionError(f"Pressing Tab never reached the radio buttons called {name!r}")
    for _ in range(20):
        if radio.evaluate(IS_FOCUSED):
            page.keyboard.press("Space")
            assert radio.is_checked()
            assert focus_is_visible(page, radio), f"The keyboard focus cannot be seen on {radio}"
            return radio
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"The arrow keys never reached {radio}")


def tick(page, checkbox):
    """Tick a checkbox with Tab and Space."""
    tab_to(page, checkbox)
    page.keyboard.press("Space")
    assert checkbox.is_checked()
    return checkbox


def press(page, control):
    """Tab to a button or link and press Enter, as a keyboard user would."""
    tab_to(page, control)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def skip_link_works(page):
    """The first Tab shows "Skip to main content"; Enter on it puts the next Tab inside <main>.

    Call it straight after a page has loaded, before anything else has had the focus.
    """
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate(IS_FOCUSED), "The first Tab on the page does not reach the skip link"
    assert skip.is_visible() and focus_is_visible(page, skip)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.getElementById('main-content').contains(document.activeElement)"), (
        "After the skip link, Tab does not go into the main content"
    )


# Elements that reach past the right edge of the screen, even where something clips them.
# Tables may be wider: they scroll sideways in their own box.
TOO_WIDE = """() => {
  const edge = document.documentElement.clientWidth + 1;
  const sticksOut = (el) => el.getBoundingClientRect().right > edge && el.getBoundingClientRect().width > 1;
  return [...document.body.querySelectorAll("*")]
    .filter((el) => sticksOut(el) && !el.closest(".waymark-table-wrap"))
    .filter((el) => ![...el.children].some(sticksOut))
    .slice(0, 5)
    .map((el) => el.outerHTML.slice(0, 160));
}"""


def fits_a_phone(page):
    """Nothing makes the page scroll sideways or sticks out past the edge of the screen."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    too_wide = page.evaluate(TOO_WIDE)
    assert widths[0] <= widths[1] and not too_wide, (
        f"{page.url} is {widths[0]}px wide on a {widths[1]}px screen. Too wide:\n  " + "\n  ".join(too_wide)
    )
