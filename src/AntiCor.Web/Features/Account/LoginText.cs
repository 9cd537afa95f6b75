using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Account;

/// <summary>The words of the sign-in page.</summary>
public static class LoginText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(LoginText));

    public static string Title => L[nameof(Title)];
    public static string Email => L[nameof(Email)];
    public static string Password => L[nameof(Password)];
    public static string SignIn => L[nameof(SignIn)];
    public static string ForgotPassword => L[nameof(ForgotPassword)];
    public static string WrongCredentials => L[nameof(WrongCredentials)];
    public static string LockedOut => L[nameof(LockedOut)];

    public static string SsoFailed(string provider) => L[nameof(SsoFailed), provider];

    public static string SignInWith(string provider) => L[nameof(SignInWith), provider];

    public static string DemoTitle => L[nameof(DemoTitle)];
    public static string DemoLeadBeforeKey => L[nameof(DemoLeadBeforeKey)];
    public static string DemoLeadAfterKey => L[nameof(DemoLeadAfterKey)];
    public static string Role => L[nameof(Role)];
    public static string SecondFactor => L[nameof(SecondFactor)];
    public static string NoSecondFactor => L[nameof(NoSecondFactor)];
    public static string TotpFromKey => L[nameof(TotpFromKey)];
}
