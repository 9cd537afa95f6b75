using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
namespace AntiCor.Web.Features.OpenData;

/// <summary>The labels of the passport page and of the API reference page.</summary>
public static class OpenDataPageText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(OpenDataPageText));

    // The passport page.
    public static string PassportPageTitle => L[nameof(PassportPageTitle)];
    public static string PassportLead => L[nameof(PassportLead)];
    public static string Identifier => L[nameof(Identifier)];
    public static string Title => L[nameof(Title)];
    public static string Description => L[nameof(Description)];
    public static string Purpose => L[nameof(Purpose)];
    public static string Publisher => L[nameof(Publisher)];
    public static string PublisherCode => L[nameof(PublisherCode)];
    public static string Contact => L[nameof(Contact)];
    public static string ContactEmail => L[nameof(ContactEmail)];
    public static string Keywords => L[nameof(Keywords)];
    public static string UpdateFrequency => L[nameof(UpdateFrequency)];
    public static string Issued => L[nameof(Issued)];
    public static string Modified => L[nameof(Modified)];
    public static string DataAsOf => L[nameof(DataAsOf)];
    public static string Formats => L[nameof(Formats)];
    public static string License => L[nameof(License)];
    public static string LandingPage => L[nameof(LandingPage)];
    public static string Files => L[nameof(Files)];
    public static string Structure => L[nameof(Structure)];
    public static string Field => L[nameof(Field)];
    public static string FieldMeaning => L[nameof(FieldMeaning)];
    public static string NotSet => L[nameof(NotSet)];
    public static string NotYetPublished => L[nameof(NotYetPublished)];
    public static string MachineReadable => L[nameof(MachineReadable)];
    public static string ApiReference => L[nameof(ApiReference)];

    // The reference page.
    public static string ReferenceTitle => L[nameof(ReferenceTitle)];
    public static string ReferenceLead => L[nameof(ReferenceLead)];
    public static string ReferenceDocument => L[nameof(ReferenceDocument)];
    public static string Parameters => L[nameof(Parameters)];
    public static string Responses => L[nameof(Responses)];
    public static string Required => L[nameof(Required)];
}
