"""Reflow in a real browser (WCAG 1.4.10): does a page fit a 320 px wide screen?"""

WIDTH = 320

# What sticks out of the page: the document wider than the screen, and every element whose
# right edge, or the text running out of it, is past it, unless a box that scrolls or clips
# (and is itself on the screen) holds it. An absolutely placed element is held only by a box
# at or above the one it is placed in.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const held = (element) => {
    const placed = ["absolute", "fixed"].includes(getComputedStyle(element).position);
    let node = placed ? element.offsetParent : element.parentElement;
    for (; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== "visible") {
        return node.getBoundingClientRect().right <= width + 0.5;
      }
    }
    return false;
  };
  const name = (element) => element.tagName.toLowerCase()
    + (element.id ? "#" + element.id : "")
    + (typeof element.className === "string" && element.className.trim()
       ? "." + element.className.trim().split(/\\s+/).join(".") : "");
  const out = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // A long word or link runs out of its own box without widening it: count its text.
    const style = getComputedStyle(element);
    const text = style.overflowX === "visible" && element.scrollWidth > element.clientWidth + 1
      ? box.left + element.scrollWidth : 0;
    const right = Math.max(box.right, text);
    if (right > width + 0.5 && !held(element)) {
      out.push(`${name(element)}${right > box.right ? "'s text" : ""} to ${Math.round(right)} px`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5)};
}"""


def reflow_problems(page, label: str) -> list[str]:
    """What makes the page in the browser scroll sideways, one line a problem."""
    found = page.evaluate(OVERFLOW)
    problems = []
    if found["scrollWidth"] > found["width"]:
        problems.append(f"{label}: the page is {found['scrollWidth']} px wide")
    problems += [f"{label}: {element} sticks out" for element in found["out"]]
    return problems
