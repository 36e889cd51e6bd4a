"""Create the five roles as groups, give the two that edit content the Wagtail admin, and add
the three standard placements."""

from django.db import migrations

ROLES = ["Volunteer", "Supervisor", "Trainer", "Manager", "Content editor"]
CMS_ROLES = ["Manager", "Content editor"]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}
PLACEMENTS = [("Community", "community"), ("Hospital", "hospital"), ("Telephone", "telephone")]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Placement = apps.get_model("people", "Placement")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    # Wagtail's starter groups would only confuse a manager choosing roles.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()

    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name in CMS_ROLES:
        group = groups[name]
        group.permissions.add(access_admin)
        if root_page:
            for codename in PAGE_PERMISSIONS:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        if root_collection:
            for (app_label, _model), codenames in COLLECTION_PERMISSIONS.items():
                for codename in codenames:
                    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )

    for name, slug in PLACEMENTS:
        Placement.objects.get_or_create(slug=slug, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
