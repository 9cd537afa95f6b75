using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Account;

/// <summary>
/// The words of the account pages after sign-in: the invitation, the password pages, the second
/// factor, signing out and choosing the organisation. The letters these pages send stay Ukrainian
/// (ADR-014: a letter is a document).
/// </summary>
public static class AccountText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(AccountText));

    // Passwords: the invitation, the reset and the change.
    public static string InvitationTitle => L[nameof(InvitationTitle)];
    public static string InvitationHeading => L[nameof(InvitationHeading)];
    public static string PasswordSet => L[nameof(PasswordSet)];
    public static string SignInLink => L[nameof(SignInLink)];
    public static string Password => L[nameof(Password)];
    public static string PasswordAgain => L[nameof(PasswordAgain)];
    public static string SetPassword => L[nameof(SetPassword)];
    public static string InvitationInvalid => L[nameof(InvitationInvalid)];
    public static string ChangeTitle => L[nameof(ChangeTitle)];
    public static string PasswordChanged => L[nameof(PasswordChanged)];
    public static string PasswordChangedSignIn => L[nameof(PasswordChangedSignIn)];
    public static string ToHome => L[nameof(ToHome)];
    public static string MustChange => L[nameof(MustChange)];
    public static string CurrentPassword => L[nameof(CurrentPassword)];
    public static string NewPassword => L[nameof(NewPassword)];
    public static string NewPasswordAgain => L[nameof(NewPasswordAgain)];
    public static string ChangePassword => L[nameof(ChangePassword)];
    public static string ForgotTitle => L[nameof(ForgotTitle)];
    public static string ResetSent => L[nameof(ResetSent)];
    public static string Email => L[nameof(Email)];
    public static string SendLink => L[nameof(SendLink)];
    public static string SavePassword => L[nameof(SavePassword)];
    public static string ResetLinkInvalid => L[nameof(ResetLinkInvalid)];
    public static string PasswordHint => L[nameof(PasswordHint)];

    // The second factor.
    public static string SecondStepTitle => L[nameof(SecondStepTitle)];
    public static string SecondStepCode => L[nameof(SecondStepCode)];
    public static string IsRecoveryCode => L[nameof(IsRecoveryCode)];
    public static string ConfirmCode => L[nameof(ConfirmCode)];
    public static string CodeWrongOrExpired => L[nameof(CodeWrongOrExpired)];
    public static string TwoFactorTitle => L[nameof(TwoFactorTitle)];
    public static string RecoveryCodes => L[nameof(RecoveryCodes)];
    public static string RecoveryCodesNote => L[nameof(RecoveryCodesNote)];
    public static string Continue => L[nameof(Continue)];
    public static string NewRecoveryCodes => L[nameof(NewRecoveryCodes)];
    public static string TwoFactorRequired => L[nameof(TwoFactorRequired)];
    public static string InstallApp => L[nameof(InstallApp)];
    public static string AddByKey => L[nameof(AddByKey)];
    public static string OrByLink => L[nameof(OrByLink)];
    public static string EnterSixDigits => L[nameof(EnterSixDigits)];
    public static string CodeFromApp => L[nameof(CodeFromApp)];
    public static string Enable => L[nameof(Enable)];
    public static string CodeWrongCheckClock => L[nameof(CodeWrongCheckClock)];
    public static string CodeAlreadyUsed => L[nameof(CodeAlreadyUsed)];

    public static string TwoFactorEnabled(int left) => L[nameof(TwoFactorEnabled), left];

    // Signing out and the organisation.
    public static string LogoutTitle => L[nameof(LogoutTitle)];
    public static string SignOut => L[nameof(SignOut)];
    public static string OrganizationTitle => L[nameof(OrganizationTitle)];
    public static string CurrentOrganization => L[nameof(CurrentOrganization)];
    public static string NotYourOrganization => L[nameof(NotYourOrganization)];
}
