"""Read a page's forms and query links the way a browser would: every field a person could
send, with the value the page fills in for it."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

URLENCODED, MULTIPART = "application/x-www-form-urlencoded", "multipart/form-data"


@dataclass
class PageForm:
    action: str  # a path, without its query string
    method: str  # "get" or "post"
    fields: dict = field(default_factory=dict)  # name -> [values the page fills in]
    query: dict = field(default_factory=dict)  # the action's own query string
    # How a browser sends it: as multipart/form-data only when the form says so (to upload
    # a file), else urlencoded. (A GET sends its fields in the query string whatever it says.)
    enctype: str = URLENCODED

    @property
    def names(self):
        return sorted(self.fields)

    def defaults(self):
        """The data a person sends when they change nothing."""
        return {**self.query, **{name: values for name, values in self.fields.items() if values}}


class _Forms(HTMLParser):
    def __init__(self, page_path):
        super().__init__(convert_charrefs=True)
        self.page_path = page_path
        self.forms, self.links = [], []
        self._form = None
        self._select = None
        self._textarea = None
        self._first_option = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "form":
            target = urlsplit(urljoin(self.page_path, attrs.get("action") or self.page_path))
            method = (attrs.get("method") or "get").lower()
            enctype = MULTIPART if attrs.get("enctype", "").lower() == MULTIPART else URLENCODED
            self._form = PageForm(target.path, method, {}, dict(parse_qsl(target.query)), enctype)
            self.forms.append(self._form)
        elif tag == "a" and "?" in attrs.get("href", ""):
            self.links.append(urljoin(self.page_path, attrs["href"]))
        if self._form is None or not attrs.get("name"):
            if tag == "option" and self._select is not None:
                self._option(attrs)
            return
        name = attrs["name"]
        if tag == "input":
            kind = attrs.get("type", "text").lower()
            values = self._form.fields.setdefault(name, [])
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    values.append(attrs.get("value", "on"))
            elif kind not in ("submit", "button", "image", "reset", "file"):
                values.append(attrs.get("value", ""))
            elif kind == "submit" and not values:
                # A named button says which thing the person chose; the first one will do.
                values.append(attrs.get("value", ""))
        elif tag == "select":
            self._select = self._form.fields.setdefault(name, [])
            self._first_option = None
        elif tag == "textarea":
            self._textarea = name
            self._form.fields.setdefault(name, [""])
        elif tag == "button" and attrs.get("type", "submit") == "submit":
            values = self._form.fields.setdefault(name, [])
            if not values:
                values.append(attrs.get("value", ""))
        if tag == "option" and self._select is not None:
            self._option(attrs)

    def _option(self, attrs):
        value = attrs.get("value", "")
        if self._first_option is None:
            self._first_option = value
        if "selected" in attrs:
            self._select.append(value)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select is not None:
            if not self._select and self._first_option is not None:
                self._select.append(self._first_option)
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._form is not None and self._textarea:
            self._form.fields[self._textarea] = [self._form.fields[self._textarea][0] + data]


def forms_and_links(html, page_path):
    """(forms, {path: {query names}}) on a page. Links only count when they stay on this site."""
    parser = _Forms(page_path)
    parser.feed(html)
    parser.close()
    queries = {}
    for link in parser.links:
        target = urlsplit(link)
        if target.netloc and target.netloc != "testserver":
            continue
        queries.setdefault(target.path, {}).update(dict(parse_qsl(target.query, keep_blank_values=True)))
    return parser.forms, queries
