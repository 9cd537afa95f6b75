using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Organizations;

internal static class OrganizationsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(OrganizationsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string Empty => L[nameof(Empty)];
    public static string TopLevel => L[nameof(TopLevel)];

    public static string Programmes(int count) => L[nameof(Programmes), count];
}
