using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Admin.Units;

/// <summary>The words of the administrator's pages of units.</summary>
public static class UnitsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(UnitsText));

    public static string Title => L[nameof(Title)];
    public static string NameAndOrganizationRequired => L[nameof(NameAndOrganizationRequired)];
    public static string AlreadyExists => L[nameof(AlreadyExists)];
    public static string AliasRequired => L[nameof(AliasRequired)];
    public static string NewName => L[nameof(NewName)];
    public static string KindLabel => L[nameof(KindLabel)];
    public static string Organization => L[nameof(Organization)];
    public static string Add => L[nameof(Add)];
    public static string Name => L[nameof(Name)];
    public static string Aliases => L[nameof(Aliases)];
    public static string Measures => L[nameof(Measures)];
    public static string OfficialName => L[nameof(OfficialName)];
    public static string Rename => L[nameof(Rename)];
    public static string AliasesTitle => L[nameof(AliasesTitle)];
    public static string AnotherAlias => L[nameof(AnotherAlias)];
    public static string AddAlias => L[nameof(AddAlias)];
    public static string PublicPage => L[nameof(PublicPage)];

    public static string KindGroup => L[nameof(KindGroup)];
    public static string KindExternal => L[nameof(KindExternal)];
    public static string KindPosition => L[nameof(KindPosition)];
    public static string KindUnit => L[nameof(KindUnit)];

    public static string Kind(AntiCor.Core.Domain.ExecutorKind kind) => kind switch
    {
        AntiCor.Core.Domain.ExecutorKind.Group => KindGroup,
        AntiCor.Core.Domain.ExecutorKind.External => KindExternal,
        AntiCor.Core.Domain.ExecutorKind.Position => KindPosition,
        _ => KindUnit,
    };
}
