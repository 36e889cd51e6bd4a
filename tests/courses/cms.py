"""Helpers that drive the Wagtail admin's page forms as a browser would post them."""

from wagtail import blocks
from wagtail.test.utils.form_data import querydict_from_html


def block_post_data(block, value, prefix):
    """The form fields Wagtail's block widgets post for `value` (plain Python data: a list of
    (type, value) for a stream, a dict for a struct, a list for a list block)."""
    data = {}
    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = str(len(value))
        for index, (block_type, child_value) in enumerate(value):
            data[f"{prefix}-{index}-type"] = block_type
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-id"] = f"{prefix}-block-{index}"
            data.update(block_post_data(block.child_blocks[block_type], child_value, f"{prefix}-{index}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if name in value:
                data.update(block_post_data(child_block, value[name], f"{prefix}-{name}"))
    elif isinstance(block, blocks.ListBlock):
        data[f"{prefix}-count"] = str(len(value))
        for index, child_value in enumerate(value):
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-id"] = f"{prefix}-item-{index}"
            data.update(block_post_data(block.child_block, child_value, f"{prefix}-{index}-value"))
    elif isinstance(block, blocks.BooleanBlock):
        if value:
            data[prefix] = "on"
    else:
        data[prefix] = "" if value is None else str(value)
    return data


def edit_form_data(client, page, *, body=None, **fields):
    """What the edit form posts for `page` as it stands, with `body` (plain data) and `fields` changed."""
    html = client.get(f"/cms/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").dict()
    if body is not None:
        data = {key: value for key, value in data.items() if not key.startswith("body")}
        data.update(block_post_data(type(page).body.field.stream_block, body, "body"))
    data.update(fields)
    return data


def quiz_body(*, right=True, questions=1):
    """A lesson body with just a knowledge check; `right=False` leaves no answer ticked."""
    return [
        (
            "knowledge_check",
            {
                "intro": "",
                "questions": [
                    {
                        "kind": "single",
                        "text": f"Question {n + 1}?",
                        "options": [
                            {"text": "Yes", "correct": right, "feedback": ""},
                            {"text": "No", "correct": False, "feedback": ""},
                        ],
                    }
                    for n in range(questions)
                ],
            },
        )
    ]
