using AntiCor.Core.Domain;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Admin.Organizations;

/// <summary>The words of the page where the system's administrator creates organisations.</summary>
public static class OrganizationsAdminText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(OrganizationsAdminText));

    public static string Title => L[nameof(Title)];
    public static string CreatedOrganization => L[nameof(CreatedOrganization)];
    public static string AndItsAdministrator => L[nameof(AndItsAdministrator)];
    public static string Invited(string? email) => L[nameof(Invited), email ?? ""];
    public static string Caption => L[nameof(Caption)];
    public static string Name => L[nameof(Name)];
    public static string Kind => L[nameof(Kind)];
    public static string Code => L[nameof(Code)];
    public static string Address => L[nameof(Address)];
    public static string Parent => L[nameof(Parent)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string Slug => L[nameof(Slug)];
    public static string ParentSlug => L[nameof(ParentSlug)];
    public static string Katottg => L[nameof(Katottg)];
    public static string ContactEmail => L[nameof(ContactEmail)];
    public static string ContactName => L[nameof(ContactName)];
    public static string AdministratorEmail => L[nameof(AdministratorEmail)];
    public static string Create => L[nameof(Create)];
    public static string KindOblastAdministration => L[nameof(KindOblastAdministration)];
    public static string KindCityCouncil => L[nameof(KindCityCouncil)];
    public static string KindSettlementCouncil => L[nameof(KindSettlementCouncil)];
    public static string KindVillageCouncil => L[nameof(KindVillageCouncil)];
    public static string KindExecutiveCommittee => L[nameof(KindExecutiveCommittee)];
    public static string KindCommunalEnterprise => L[nameof(KindCommunalEnterprise)];
    public static string KindCommunalInstitution => L[nameof(KindCommunalInstitution)];
    public static string KindStateBody => L[nameof(KindStateBody)];

    /// <summary>The kind as the reader's language names it (<see cref="OrganizationKinds.Ukrainian"/> is the data's word).</summary>
    public static string KindName(OrganizationKind kind) => kind switch
    {
        OrganizationKind.OblastAdministration => KindOblastAdministration,
        OrganizationKind.CityCouncil => KindCityCouncil,
        OrganizationKind.SettlementCouncil => KindSettlementCouncil,
        OrganizationKind.VillageCouncil => KindVillageCouncil,
        OrganizationKind.ExecutiveCommittee => KindExecutiveCommittee,
        OrganizationKind.CommunalEnterprise => KindCommunalEnterprise,
        OrganizationKind.CommunalInstitution => KindCommunalInstitution,
        _ => KindStateBody,
    };
}
