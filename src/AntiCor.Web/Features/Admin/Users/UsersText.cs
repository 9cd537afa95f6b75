using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Admin.Users;

/// <summary>The words of the administrator's pages of users, and the refusals of <see cref="UserAdministration"/>.</summary>
public static class UsersText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(UsersText));

    public static string Title => L[nameof(Title)];
    public static string CreateUser => L[nameof(CreateUser)];
    public static string Email => L[nameof(Email)];
    public static string Name => L[nameof(Name)];
    public static string Roles => L[nameof(Roles)];
    public static string Units => L[nameof(Units)];
    public static string State => L[nameof(State)];
    public static string Locked => L[nameof(Locked)];
    public static string Active => L[nameof(Active)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string AccountCreated => L[nameof(AccountCreated)];
    public static string Invited(string? email) => L[nameof(Invited), email ?? ""];
    public static string Card => L[nameof(Card)];
    public static string DisplayName => L[nameof(DisplayName)];
    public static string Role => L[nameof(Role)];
    public static string UnitForExecutor => L[nameof(UnitForExecutor)];
    public static string Create => L[nameof(Create)];
    public static string TwoFactor => L[nameof(TwoFactor)];
    public static string TwoFactorOn => L[nameof(TwoFactorOn)];
    public static string TwoFactorOff => L[nameof(TwoFactorOff)];
    public static string Self => L[nameof(Self)];
    public static string Yes => L[nameof(Yes)];
    public static string AwaitingConfirmation => L[nameof(AwaitingConfirmation)];
    public static string No => L[nameof(No)];
    public static string Revoke => L[nameof(Revoke)];
    public static string Grant => L[nameof(Grant)];
    public static string Unbind => L[nameof(Unbind)];
    public static string BindTo => L[nameof(BindTo)];
    public static string Bind => L[nameof(Bind)];
    public static string Access => L[nameof(Access)];
    public static string AwaitingPassword => L[nameof(AwaitingPassword)];
    public static string ResendInvitation => L[nameof(ResendInvitation)];
    public static string Unlock => L[nameof(Unlock)];
    public static string Lock => L[nameof(Lock)];
    public static string PasswordAlreadySet => L[nameof(PasswordAlreadySet)];
    public static string InvitationSent(string? email) => L[nameof(InvitationSent), email ?? ""];
    public static string Saved => L[nameof(Saved)];
    public static string RoleRequired => L[nameof(RoleRequired)];
    public static string ExecutorNeedsUnit => L[nameof(ExecutorNeedsUnit)];
    public static string NotInOrganization => L[nameof(NotInOrganization)];
    public static string SelfChangeRefused => L[nameof(SelfChangeRefused)];
    public static string UnknownRole(string role) => L[nameof(UnknownRole), role];
    public static string LastRole => L[nameof(LastRole)];
    public static string UnitNotFound => L[nameof(UnitNotFound)];
    public static string SelfLockRefused => L[nameof(SelfLockRefused)];
}
