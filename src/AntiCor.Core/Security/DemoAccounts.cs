namespace AntiCor.Core.Security;

/// <summary>One demo account per role, with a known password and (for roles that need it) a known TOTP key.</summary>
public sealed record DemoAccount(string Email, string DisplayName, string Role, string Password, string? TotpKey);

/// <summary>
/// The accounts of demonstration mode (`Demo:Enabled=true`). Their passwords and authenticator keys
/// are printed on the sign-in page of a demo instance: never enable it on real data.
/// </summary>
public static class DemoAccounts
{
    public const string ExecutorUnit = "Відділ кадрової роботи";

    /// <summary>A base32 key any authenticator app accepts (RFC 6238, SHA-1, 6 digits, 30 s).</summary>
    public const string TotpKey = "ANTICORDEMOKYIVTOTPKEY2345ABCDEF";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("executor@demo.anticor.local", "Виконавець (демо)", Roles.Executor, "demo-vykonavets-kadry", null),
        new("coordinator@demo.anticor.local", "Координатор (демо)", Roles.Coordinator, "demo-koordynator-viddil", TotpKey),
        new("head@demo.anticor.local", "Керівник (демо)", Roles.Head, "demo-kerivnyk-miskyi", TotpKey),
        new("auditor@demo.anticor.local", "Аудитор (демо)", Roles.Auditor, "demo-audytor-zhurnal", TotpKey),
        new("administrator@demo.anticor.local", "Адміністратор (демо)", Roles.Administrator, "demo-administrator-system", TotpKey),
    ];
}
