namespace AntiCor.Core.Domain;

/// <summary>The kinds of public body that adopt anti-corruption programmes.</summary>
public enum OrganizationKind
{
    OblastAdministration,
    CityCouncil,
    SettlementCouncil,
    VillageCouncil,
    ExecutiveCommittee,
    CommunalEnterprise,
    CommunalInstitution,
    StateBody,
}

public static class OrganizationKinds
{
    public static string Ukrainian(OrganizationKind kind) => kind switch
    {
        OrganizationKind.OblastAdministration => "Обласна державна адміністрація",
        OrganizationKind.CityCouncil => "Міська рада",
        OrganizationKind.SettlementCouncil => "Селищна рада",
        OrganizationKind.VillageCouncil => "Сільська рада",
        OrganizationKind.ExecutiveCommittee => "Виконавчий комітет ради",
        OrganizationKind.CommunalEnterprise => "Комунальне підприємство",
        OrganizationKind.CommunalInstitution => "Комунальна установа",
        _ => "Державний орган",
    };

    /// <summary>Reads a kind from its English name (as the CLI takes it) or its Ukrainian label.</summary>
    public static OrganizationKind? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (Enum.TryParse<OrganizationKind>(t, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
        {
            return kind;
        }

        return Enum.GetValues<OrganizationKind>().Cast<OrganizationKind?>()
            .FirstOrDefault(k => string.Equals(Ukrainian(k!.Value), t, StringComparison.OrdinalIgnoreCase));
    }
}
