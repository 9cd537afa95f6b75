using AntiCor.Core.Seed;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Cli;

/// <summary>`anticor orgs add|list` and `anticor import --org`: where a programme goes on a deployment of several organisations.</summary>
public sealed class OrgsCommandTests : IAsyncLifetime
{
    private readonly CliRun _cli = new();

    public Task InitializeAsync() => _cli.InitializeAsync();

    public Task DisposeAsync() => _cli.DisposeAsync();

    private string Seed() => _cli.WriteFile(SeedProgramme.FileName, SeedProgramme.Read());

    [Fact]
    public async Task Import_into_an_empty_deployment_creates_the_organisation_from_the_document_and_says_so()
    {
        var (code, _, error) = await _cli.RunAsync("import", Seed());

        Assert.True(code == 0, error);
        Assert.Contains("створено «Міська рада міста Кропивницького»", error, StringComparison.Ordinal);
        Assert.Equal(1, await _cli.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task Orgs_add_checks_the_code_and_refuses_duplicates_and_import_then_needs_the_org()
    {
        var (bad, _, badError) = await _cli.RunAsync("orgs", "add", "Степова сільська рада", "--code", "12345670");
        Assert.Equal(1, bad);
        Assert.Contains("контрольною цифрою", badError, StringComparison.Ordinal);

        var (ok, output, error) = await _cli.RunAsync("orgs", "add", "Степова сільська рада", "--code", "12345678", "--slug", "stepova", "--kind", "VillageCouncil");
        Assert.True(ok == 0, error);
        Assert.Contains("/o/stepova", output, StringComparison.Ordinal);

        var (sameCode, _, sameCodeError) = await _cli.RunAsync("orgs", "add", "Інша рада", "--code", "12345678");
        Assert.Equal(1, sameCode);
        Assert.Contains("кодом ЄДРПОУ 12345678 уже є", sameCodeError, StringComparison.Ordinal);
        var (sameSlug, _, sameSlugError) = await _cli.RunAsync("orgs", "add", "Інша рада", "--code", "00032129", "--slug", "stepova");
        Assert.Equal(1, sameSlug);
        Assert.Contains("«stepova» уже зайнята", sameSlugError, StringComparison.Ordinal);

        var (city, _, cityError) = await _cli.RunAsync("orgs", "add", "Міська рада міста Кропивницького", "--code", "00032129", "--slug", "kropyvnytskyi");
        Assert.True(city == 0, cityError);
        var (list, listed, _) = await _cli.RunAsync("orgs", "list");
        Assert.Equal(0, list);
        Assert.Equal(2, listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var (several, _, severalError) = await _cli.RunAsync("import", Seed());
        Assert.Equal(1, several);
        Assert.Contains("--org", severalError, StringComparison.Ordinal);
        Assert.Equal(0, await _cli.QueryAsync(db => db.Programmes.CountAsync()));

        var (into, _, intoError) = await _cli.RunAsync("import", Seed(), "--org", "kropyvnytskyi");
        Assert.True(into == 0, intoError);
        Assert.Equal("kropyvnytskyi", await _cli.QueryAsync(db => db.Programmes.Select(p => p.Organization.Slug).SingleAsync()));

        var (verify, verified, verifyError) = await _cli.RunAsync("audit", "verify", "--org", "kropyvnytskyi");
        Assert.True(verify == 0, verifyError);
        Assert.Contains("цілий", verified, StringComparison.Ordinal);
    }
}
