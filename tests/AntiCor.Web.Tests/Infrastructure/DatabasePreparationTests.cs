using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Infrastructure;

[Collection(AppCollection.Name)]
public sealed class DatabasePreparationTests(AntiCorFactory factory)
{
    [Fact]
    public async Task First_start_on_an_empty_database_imports_the_bundled_programme_once()
    {
        var programmes = await factory.QueryAsync(db => db.Programmes
            .Select(p => new { p.LegalBasis.Number, p.LegalBasis.Date, p.SourceFileName })
            .ToListAsync());

        var programme = Assert.Single(programmes);
        Assert.Equal("98", programme.Number);
        Assert.Equal(new DateOnly(2019, 8, 12), programme.Date);
        Assert.Equal(SeedProgramme.FileName, programme.SourceFileName);
    }

    [Fact]
    public async Task Second_start_on_the_same_database_does_not_import_the_programme_again()
    {
        var before = await factory.QueryAsync(db => db.Measures.CountAsync());

        // A second host with the same configuration: it migrates and runs the seed step again.
        await using (var secondStart = factory.WithWebHostBuilder(_ => { }))
        {
            _ = secondStart.Server;
        }

        Assert.Equal(1, await factory.QueryAsync(db => db.Programmes.CountAsync()));
        Assert.Equal(before, await factory.QueryAsync(db => db.Measures.CountAsync()));
    }
}
