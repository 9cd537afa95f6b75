using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.Errors;

/// <summary>The words of the error pages: plain, reassuring, with no internals.</summary>
public static class ErrorsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(ErrorsText));

    public static string ErrorTitle => L[nameof(ErrorTitle)];
    public static string ErrorLead => L[nameof(ErrorLead)];
    public static string ErrorHint => L[nameof(ErrorHint)];
    public static string RequestId => L[nameof(RequestId)];
    public static string NotFoundTitle => L[nameof(NotFoundTitle)];
    public static string NotFoundLead => L[nameof(NotFoundLead)];
    public static string TooLargeTitle => L[nameof(TooLargeTitle)];
    public static string TooLargeLead => L[nameof(TooLargeLead)];
    public static string ForbiddenTitle => L[nameof(ForbiddenTitle)];
    public static string ForbiddenLead => L[nameof(ForbiddenLead)];
    public static string OtherTitle => L[nameof(OtherTitle)];
    public static string OtherLead => L[nameof(OtherLead)];
    public static string StatusCode => L[nameof(StatusCode)];
    public static string BackHome => L[nameof(BackHome)];
}
