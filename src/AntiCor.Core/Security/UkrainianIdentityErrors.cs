using Microsoft.AspNetCore.Identity;

namespace AntiCor.Core.Security;

/// <summary>Identity's error messages in Ukrainian: they are shown to users as they are.</summary>
public sealed class UkrainianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Сталася помилка. Спробуйте ще раз.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Неправильний пароль.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Посилання або код недійсні чи застаріли.");
    public override IdentityError PasswordTooShort(int length) =>
        E(nameof(PasswordTooShort), $"Пароль має містити щонайменше {length} символів. Довгий пароль із кількох слів надійніший за складний короткий.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"Адреса «{email}» не схожа на адресу електронної пошти.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"Користувач з адресою {email} уже існує.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Користувач {userName} уже існує.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Ім'я користувача «{userName}» недопустиме.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"Користувач уже має роль «{Roles.Ukrainian(role)}».");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"Користувач не має ролі «{Roles.Ukrainian(role)}».");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Блокування для цього користувача вимкнено.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Дані змінив хтось інший. Оновіть сторінку й спробуйте ще раз.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Код відновлення недійсний.");

    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };
}
