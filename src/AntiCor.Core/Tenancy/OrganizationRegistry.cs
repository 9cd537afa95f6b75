using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Tenancy;

/// <summary>What a deployment administrator gives for a new organisation.</summary>
public sealed record NewOrganization(
    string Name,
    string? Code,
    string? Slug = null,
    OrganizationKind Kind = OrganizationKind.CityCouncil,
    string? ParentSlug = null,
    string? Katottg = null,
    string? ContactEmail = null,
    string? ContactName = null);

/// <summary>The deployment's organisations: created with their checks (valid and unique ЄДРПОУ code and slug), found by slug.</summary>
public sealed class OrganizationRegistry(AppDbContext db)
{
    public async Task<Organization> CreateAsync(NewOrganization input, CancellationToken cancellationToken = default)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new DomainException("Вкажіть назву організації.");
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? OrganizationSlug.From(name) : OrganizationSlug.Validated(input.Slug);
        var organization = new Organization(name, input.Kind, slug, input.Code);
        organization.SetKatottg(input.Katottg);
        organization.SetContactEmail(input.ContactEmail);
        organization.SetContactName(input.ContactName);
        if (!string.IsNullOrWhiteSpace(input.ParentSlug))
        {
            organization.SetParent(await FindAsync(input.ParentSlug, cancellationToken)
                ?? throw new DomainException($"Батьківську організацію «{input.ParentSlug.Trim()}» не знайдено."));
        }

        if (organization.Code is { } code && await db.Organizations.AnyAsync(o => o.Code == code, cancellationToken))
        {
            throw new DomainException($"Організація з кодом ЄДРПОУ {code} уже є.");
        }

        if (await db.Organizations.AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            throw new DomainException($"Адреса «{slug}» уже зайнята іншою організацією; оберіть іншу.");
        }

        if (await db.Organizations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            throw new DomainException($"Організація «{name}» уже є.");
        }

        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return organization;
    }

    public Task<Organization?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        var text = slug.Trim().ToLowerInvariant();
        return db.Organizations.FirstOrDefaultAsync(o => o.Slug == text, cancellationToken);
    }

    public async Task<IReadOnlyList<Organization>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);

    /// <summary>The organisation named by slug, or the only one; refused when there is none or there are several.</summary>
    public async Task<Organization> ChooseExistingAsync(string? slug, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(slug))
        {
            return await FindAsync(slug, cancellationToken) ?? throw new DomainException($"Організацію «{slug.Trim()}» не знайдено (anticor orgs list).");
        }

        var some = await db.Organizations.OrderBy(o => o.Name).Take(2).ToListAsync(cancellationToken);
        return some.Count switch
        {
            1 => some[0],
            0 => throw new DomainException("Організацій ще немає: створіть її (anticor orgs add)."),
            _ => throw new DomainException("У системі кілька організацій: вкажіть --org SLUG (anticor orgs list)."),
        };
    }

    /// <summary>
    /// Where the command line imports a programme: the organisation named by slug; else the only
    /// one; refused when there are several; on an empty deployment one is created from the
    /// document (the returned note says so).
    /// </summary>
    public async Task<(Organization Organization, string? Note)> ChooseForImportAsync(string? slug, string? namedInDocument, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(slug) || await db.Organizations.AnyAsync(cancellationToken))
        {
            return (await ChooseExistingAsync(slug, cancellationToken), null);
        }

        var name = string.IsNullOrWhiteSpace(namedInDocument) ? "Організація з документа" : namedInDocument.Trim();
        var created = await CreateAsync(new NewOrganization(name, null), cancellationToken);
        return (created, $"Організацій ще не було: створено «{created.Name}» (адреса {created.Slug}) за назвою з документа; задайте її код ЄДРПОУ.");
    }
}
