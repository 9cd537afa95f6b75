using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Programmes;
using AntiCor.Core.Tenancy;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Tenancy;

/// <summary>
/// One deployment carrying two organisations: the seed's city (installed at first start) and a
/// village council created by the deployment's registry, with its programme imported from the
/// sample plan written for it. A database of its own, so no other test sees the second organisation.
/// </summary>
public sealed class TwoOrganizations : IAsyncLifetime
{
    public const string VillageSlug = "stepova";
    public const string VillageCode = "12345678";
    public const string VillagePlan = "stepova-village-2025-order-12.txt";

    public AntiCorFactory Factory { get; } = new();

    public Side City { get; private set; } = null!;

    public Side Village { get; private set; } = null!;

    /// <summary>An organisation's ids that tests aim at from the other side.</summary>
    public sealed record Side(Guid Organization, string Slug, Guid Programme, Guid Direction, Guid Measure, Guid Unit);

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var village = await new OrganizationRegistry(db).CreateAsync(
            new NewOrganization("Степова сільська рада", VillageCode, VillageSlug, Core.Domain.OrganizationKind.VillageCouncil));
        var document = ProgrammeImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", VillagePlan)), VillagePlan);
        await new ProgrammeRegistrar(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).RegisterAsync(document, village, VillagePlan, "тест", publish: true, executors: Core.Programmes.Executors.ExecutorDecisions.CreateUnknown);
        City = await SideAsync(db, AntiCor.Core.Seed.SeedProgramme.OrganizationSlug);
        Village = await SideAsync(db, VillageSlug);
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)Factory).DisposeAsync();

    private static async Task<Side> SideAsync(AppDbContext db, string slug)
    {
        var organization = await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        var programme = await db.Programmes.Where(p => p.OrganizationId == organization).Select(p => p.Id).SingleAsync();
        var direction = await db.Directions.Where(d => d.ProgrammeId == programme).OrderBy(d => d.Number).Select(d => d.Id).FirstAsync();
        var measure = await db.Measures.Where(m => m.DirectionId == direction).OrderBy(m => m.Number).Select(m => m.Id).FirstAsync();
        var unit = await db.OrgUnits.Where(u => u.OrganizationId == organization).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync();
        return new Side(organization, slug, programme, direction, measure, unit);
    }
}

[CollectionDefinition(Name)]
public sealed class TwoOrganizationsCollection : ICollectionFixture<TwoOrganizations>
{
    public const string Name = "two-organizations";
}
