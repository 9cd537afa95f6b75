using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Shared;

/// <summary>
/// The roles as the pages name them, in the reader's language (<see cref="Roles.Ukrainian"/> in
/// Core is the same Ukrainian). A role the app does not know reads as its identifier.
/// </summary>
public static class RoleText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(RoleText));

    public static string Of(string role) => Roles.All.Contains(role) || role == Roles.DeploymentAdministrator ? L[$"Role_{role}"] : role;
}
