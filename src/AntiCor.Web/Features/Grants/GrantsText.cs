using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Grants;

/// <summary>The words of the page of role grants awaiting a second person's confirmation.</summary>
public static class GrantsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(GrantsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string None => L[nameof(None)];
    public static string Caption => L[nameof(Caption)];
    public static string User => L[nameof(User)];
    public static string Role => L[nameof(Role)];
    public static string RequestedBy => L[nameof(RequestedBy)];
    public static string RequestedAt => L[nameof(RequestedAt)];
    public static string Decision => L[nameof(Decision)];
    public static string Confirm => L[nameof(Confirm)];
    public static string Refuse => L[nameof(Refuse)];
    public static string SomeoneElse => L[nameof(SomeoneElse)];
    public static string Granted => L[nameof(Granted)];
    public static string Refused => L[nameof(Refused)];
}
