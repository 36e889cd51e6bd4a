# ruff: noqa: E501
"""Strings from Django and django-allauth that Waymark's pages and e-mails show, kept here so
`makemessages` keeps them in Waymark's Welsh catalogue (locale/cy) until upstream translates them.
It lives outside locale/ because makemessages never reads a folder named locale.

Never imported: xgettext only reads it. See locale/README.md.
"""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy


def _upstream_strings():
    # Django: forms, validators and the paginator, which Django's own cy catalogue leaves untranslated.
    gettext_noop("…")
    gettext_noop("That page number is not an integer")
    gettext_noop("That page number is less than 1")
    gettext_noop("That page contains no results")
    gettext_noop("Ensure this value is a multiple of step size %(limit_value)s.")
    gettext_noop(
        "Ensure this value is a multiple of step size %(limit_value)s, starting from %(offset)s, e.g. %(offset)s, %(valid_value1)s, %(valid_value2)s, and so on."
    )
    gettext_noop("Null characters are not allowed.")
    ngettext_lazy("Please submit at most %(num)d form.", "Please submit at most %(num)d forms.", 0)
    ngettext_lazy("Please submit at least %(num)d form.", "Please submit at least %(num)d forms.", 0)
    gettext_noop("The inline value did not match the parent instance.")
    gettext_noop("“%(pk)s” is not a valid value.")
    gettext_noop(
        "%(datetime)s couldn’t be interpreted in time zone %(current_timezone)s; it may be ambiguous or it may not exist."
    )
    pgettext_lazy("String to return when truncating text", "%(truncated_text)s…")
    gettext_noop(
        "You are seeing this message because this HTTPS site requires a “Referer header” to be sent by your web browser, but none was sent. This header is required for security reasons, to ensure that your browser is not being hijacked by third parties."
    )
    gettext_noop(
        "If you have configured your browser to disable “Referer” headers, please re-enable them, at least for this site, or for HTTPS connections, or for “same-origin” requests."
    )
    gettext_noop(
        'If you are using the <meta name="referrer" content="no-referrer"> tag or including the “Referrer-Policy: no-referrer” header, please remove them. The CSRF protection requires the “Referer” header to do strict referer checking. If you’re concerned about privacy, use alternatives like <a rel="noreferrer" …> for links to third-party sites.'
    )
    gettext_noop(
        "If you have configured your browser to disable cookies, please re-enable them, at least for this site, or for “same-origin” requests."
    )
    # Django: passwords (django.contrib.auth), untranslated in Django's own cy catalogue.
    gettext_noop("Reset password")
    gettext_noop("Set password")
    gettext_noop("The two password fields didn’t match.")
    gettext_noop("Enter the same password as before, for verification.")
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        0,
    )
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        0,
    )
    gettext_noop("The password is too similar to the %(verbose_name)s.")
    gettext_noop("Your password can’t be too similar to your other personal information.")
    gettext_noop("This password is too common.")
    gettext_noop("Your password can’t be a commonly used password.")
    gettext_noop("This password is entirely numeric.")
    gettext_noop("Your password can’t be entirely numeric.")
    # django-allauth: account, two-step sign-in and sessions pages, e-mails and messages (allauth has no cy catalogue).
    gettext_noop("This account is currently inactive.")
    gettext_noop("You cannot remove your primary email address.")
    gettext_noop("This email address is already associated with this account.")
    gettext_noop("The email address and/or password you specified are not correct.")
    gettext_noop("A user is already registered with this email address.")
    gettext_noop("Please type your current password.")
    gettext_noop("Incorrect code.")
    gettext_noop("Incorrect password.")
    gettext_noop("Invalid or expired key.")
    gettext_noop("Invalid login.")
    gettext_noop("The password reset token was invalid.")
    gettext_noop("You cannot add more than %d email addresses.")
    gettext_noop("Too many failed login attempts. Try again later.")
    gettext_noop("The email address is not assigned to any user account.")
    gettext_noop("Your primary email address must be verified.")
    gettext_noop("Please select only one.")
    gettext_noop("The new value must be different from the current one.")
    gettext_noop("Be patient, you are sending too many requests.")
    gettext_noop("Use your password")
    gettext_noop("Use authenticator app or code")
    gettext_noop("Email")
    gettext_noop("Email address")
    gettext_noop("Forgot your password?")
    gettext_noop("You must type the same password each time.")
    gettext_noop("Password")
    gettext_noop("Remember Me")
    pgettext_lazy("field label", "Login")
    gettext_noop("Email (again)")
    gettext_noop("Email address confirmation")
    gettext_noop("Email (optional)")
    gettext_noop("You must type the same email each time.")
    gettext_noop("Password (again)")
    gettext_noop("Current Password")
    gettext_noop("New Password")
    gettext_noop("New Password (again)")
    gettext_noop("Code")
    gettext_noop("You cannot add an email address to an account protected by two-factor authentication.")
    gettext_noop("You cannot deactivate two-factor authentication.")
    gettext_noop("You cannot generate recovery codes without having two-factor authentication enabled.")
    gettext_noop("You cannot activate two-factor authentication until you have verified your email address.")
    gettext_noop("Recovery codes")
    gettext_noop("TOTP Authenticator")
    gettext_noop("Authenticator code")
    gettext_noop("Account Inactive")
    gettext_noop("This account is inactive.")
    gettext_noop("Confirm Access")
    gettext_noop("Please reauthenticate to safeguard your account.")
    gettext_noop("Alternative options")
    gettext_noop("Email Addresses")
    gettext_noop("The following email addresses are associated with your account:")
    gettext_noop("Verified")
    gettext_noop("Unverified")
    gettext_noop("Primary")
    gettext_noop("Make Primary")
    gettext_noop("Re-send Verification")
    gettext_noop("Remove")
    gettext_noop("Add Email Address")
    gettext_noop("Add Email")
    gettext_noop("Do you really want to remove the selected email address?")
    gettext_noop(
        "You are receiving this email because you or someone else tried to signup for an\naccount using email address:\n\n%(email)s\n\nHowever, an account using that email address already exists.  In case you have\nforgotten about this, please use the password forgotten procedure to recover\nyour account:\n\n%(password_reset_url)s"
    )
    gettext_noop("Account Already Exists")
    gettext_noop("Hello from %(site_name)s!")
    gettext_noop("Thank you for using %(site_name)s!\n%(site_domain)s")
    gettext_noop("You are receiving this mail because the following change was made to your account:")
    gettext_noop(
        "If you do not recognize this change then please take proper security precautions immediately. The change to your account originates from:\n\n- IP address: %(ip)s\n- Browser: %(user_agent)s\n- Date: %(timestamp)s"
    )
    gettext_noop("Your email has been changed from %(from_email)s to %(to_email)s.")
    gettext_noop("Email Changed")
    gettext_noop("Your email has been confirmed.")
    gettext_noop("Email Confirmation")
    gettext_noop(
        "You're receiving this email because user %(user_display)s has given your email address to register an account on %(site_domain)s."
    )
    gettext_noop("To confirm this is correct, go to %(activate_url)s")
    gettext_noop("Please Confirm Your Email Address")
    gettext_noop("Email address %(deleted_email)s has been removed from your account.")
    gettext_noop("Email Removed")
    gettext_noop("Your password has been changed.")
    gettext_noop("Password Changed")
    gettext_noop("This mail can be safely ignored if you did not initiate this action.")
    gettext_noop(
        "You're receiving this email because you or someone else has requested a password reset for your user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to reset your password."
    )
    gettext_noop("Password Reset Email")
    gettext_noop("Your password has been reset.")
    gettext_noop("Password Reset")
    gettext_noop("Your password has been set.")
    gettext_noop("Password Set")
    gettext_noop(
        "You are receiving this email because you, or someone else, tried to access an account with email %(email)s. However, we do not have any record of such an account in our database."
    )
    gettext_noop("If it was you, you can sign up for an account using the link below.")
    gettext_noop("Unknown Account")
    gettext_noop("Email Address")
    gettext_noop("Current email")
    gettext_noop("Changing to")
    gettext_noop("Your email address is still pending verification.")
    gettext_noop("Cancel Change")
    gettext_noop("Change to")
    gettext_noop("Change Email")
    gettext_noop("Confirm Email Address")
    gettext_noop(
        'Please confirm that <a href="mailto:%(email)s">%(email)s</a> is an email address for user %(user_display)s.'
    )
    gettext_noop("Confirm")
    gettext_noop("Unable to confirm %(email)s because it is already confirmed by a different account.")
    gettext_noop(
        'This email confirmation link expired or is invalid. Please <a href="%(email_url)s">issue a new email confirmation request</a>.'
    )
    gettext_noop("Sign In")
    gettext_noop("If you have not created an account yet, then please %(link)ssign up%(end_link)s first.")
    gettext_noop("Sign Out")
    gettext_noop("Are you sure you want to sign out?")
    gettext_noop("You cannot remove your primary email address (%(email)s).")
    gettext_noop("Confirmation email sent to %(email)s.")
    gettext_noop("You have confirmed %(email)s.")
    gettext_noop("Removed email address %(email)s.")
    gettext_noop("Successfully signed in as %(name)s.")
    gettext_noop("You have signed out.")
    gettext_noop("Password successfully changed.")
    gettext_noop("Password successfully set.")
    gettext_noop("Primary email address set.")
    gettext_noop("Change Password")
    gettext_noop(
        "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it."
    )
    gettext_noop("Reset My Password")
    gettext_noop("Please contact us if you have any trouble resetting your password.")
    gettext_noop(
        "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact us if you do not receive it in a few minutes."
    )
    gettext_noop("Bad Token")
    gettext_noop(
        'The password reset link was invalid, possibly because it has already been used.  Please request a <a href="%(passwd_reset_url)s">new password reset</a>.'
    )
    gettext_noop("Cancel")
    gettext_noop("Your password is now changed.")
    gettext_noop("Set Password")
    gettext_noop("Enter your password:")
    gettext_noop("Signup")
    gettext_noop("Sign Up")
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s.")
    gettext_noop("Sign Up Closed")
    gettext_noop("We are sorry, but the sign up is currently closed.")
    gettext_noop("Note")
    gettext_noop("You are already logged in as %(user_display)s.")
    gettext_noop("Warning:")
    gettext_noop(
        "You currently do not have any email address set up. You should really add an email address so you can receive notifications, reset your password, etc."
    )
    gettext_noop("Verify Your Email Address")
    gettext_noop(
        "We have sent an email to you for verification. Follow the link provided to finalize the signup process. If you do not see the verification email in your main inbox, check your spam folder. Please contact us if you do not receive the verification email within a few minutes."
    )
    gettext_noop(
        "This part of the site requires us to verify that\nyou are who you claim to be. For this purpose, we require that you\nverify ownership of your email address. "
    )
    gettext_noop(
        "We have sent an email to you for\nverification. Please click on the link inside that email. If you do not see the verification email in your main inbox, check your spam folder. Otherwise\ncontact us if you do not receive it within a few minutes."
    )
    gettext_noop('<strong>Note:</strong> you can still <a href="%(email_url)s">change your email address</a>.')
    gettext_noop("Two-Factor Authentication")
    gettext_noop("Your account is protected by two-factor authentication. Please enter an authenticator code:")
    gettext_noop("A new set of Two-Factor Authentication recovery codes has been generated.")
    gettext_noop("New Recovery Codes Generated")
    gettext_noop("Authenticator app activated.")
    gettext_noop("Authenticator App Activated")
    gettext_noop("Authenticator app deactivated.")
    gettext_noop("Authenticator App Deactivated")
    gettext_noop("Authenticator App")
    gettext_noop("Authentication using an authenticator app is active.")
    gettext_noop("An authenticator app is not active.")
    gettext_noop("Deactivate")
    gettext_noop("Activate")
    gettext_noop("Security Keys")
    ngettext_lazy("You have added %(count)s security key.", "You have added %(count)s security keys.", 0)
    gettext_noop("No security keys have been added.")
    gettext_noop("Manage")
    gettext_noop("Add")
    gettext_noop("Recovery Codes")
    ngettext_lazy(
        "There is %(unused_count)s out of %(total_count)s recovery codes available.",
        "There are %(unused_count)s out of %(total_count)s recovery codes available.",
        0,
    )
    gettext_noop("No recovery codes set up.")
    gettext_noop("View")
    gettext_noop("Download")
    gettext_noop("Generate")
    gettext_noop("A new set of recovery codes has been generated.")
    gettext_noop("Save them  in a secure location now — they won't be shown again.")
    gettext_noop("Enter an authenticator code:")
    gettext_noop("You are about to generate a new set of recovery codes for your account.")
    gettext_noop("This action will invalidate your existing codes.")
    gettext_noop("Are you sure?")
    gettext_noop("Unused codes")
    gettext_noop("Download codes")
    gettext_noop("Generate new codes")
    gettext_noop("I have saved my recovery codes")
    gettext_noop("Activate Authenticator App")
    gettext_noop(
        "To protect your account with two-factor authentication, scan the QR code below with your authenticator app. Then, input the verification code generated by the app below."
    )
    gettext_noop("Authenticator secret")
    gettext_noop("You can store this secret and use it to reinstall your authenticator app at a later time.")
    gettext_noop("Deactivate Authenticator App")
    gettext_noop("You are about to deactivate authenticator app based authentication. Are you sure?")
    gettext_noop("Trust this Browser?")
    gettext_noop(
        "If you choose to trust this browser, you will not be asked for a verification code the next time you sign in."
    )
    gettext_noop("Trust for %(period)s")
    gettext_noop("Don't Trust")
    gettext_noop("Signed out of all other sessions.")
    gettext_noop("Sessions")
    gettext_noop("Started At")
    gettext_noop("IP Address")
    gettext_noop("Browser")
    gettext_noop("Last seen at")
    gettext_noop("Current")
    gettext_noop("Sign Out Other Sessions")
    # Django: form errors whose Welsh in Django's own catalogue is wrong or unclear
    # (for example "Rhif ddyddiad dilys." for "Enter a valid date."), overridden here.
    gettext_noop("This field is required.")
    gettext_noop("Enter a valid value.")
    gettext_noop("Enter a valid email address.")
    gettext_noop("Enter a valid URL.")
    gettext_noop("Enter a valid integer.")
    gettext_noop("Enter a whole number.")
    gettext_noop("Enter a number.")
    gettext_noop("Enter a valid date.")
    gettext_noop("Enter a valid time.")
    gettext_noop("Enter a valid date/time.")
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s.")
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s.")
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        0,
    )
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        0,
    )
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices.")
    gettext_noop("Select a valid choice. That choice is not one of the available choices.")
    gettext_noop("Enter a list of values.")
    gettext_noop("Enter a complete value.")
    gettext_noop("This field cannot be blank.")
