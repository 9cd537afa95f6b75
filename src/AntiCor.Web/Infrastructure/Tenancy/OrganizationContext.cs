namespace AntiCor.Web.Infrastructure.Tenancy;

/// <summary>The organisation a request is about: the one in its /o/{slug}/ address, else the signed-in user's.</summary>
public sealed record OrganizationContext(Guid Id, string Slug, string Name)
{
    /// <summary>The base of the organisation's public pages.</summary>
    public string PublicBase => "/o/" + Slug;
}
