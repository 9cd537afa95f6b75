using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Programmes;

/// <summary>Changes to a stored programme under amending acts, on the database under test.</summary>
public sealed class ProgrammeEditorTests : IAsyncLifetime
{
    private static readonly AmendingAct Amendment = new("розпорядження", "15", new DateOnly(2020, 2, 3), "Про внесення змін до міських заходів");
    private readonly CliRun _cli = new();
    private ServiceProvider _services = null!;
    private Guid _programmeId;

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.WriteFile(SeedProgramme.FileName, SeedProgramme.Read()))).Code);
        _services = _cli.Services();
        _programmeId = await _cli.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cli.DisposeAsync();
    }

    private async Task<T> WithEditorAsync<T>(Func<ProgrammeEditor, AppDbContext, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await action(new ProgrammeEditor(db, TimeProvider.System), db);
    }

    private Task<Guid> MeasureId(string number) =>
        _cli.QueryAsync(db => db.Measures.Where(m => m.Number == number).Select(m => m.Id).SingleAsync());

    private Task<Guid> DirectionId(int number) =>
        _cli.QueryAsync(db => db.Directions.Where(d => d.Number == number).Select(d => d.Id).SingleAsync());

    [Fact]
    public async Task Import_stores_the_first_edition()
    {
        var editions = await _cli.QueryAsync(db => db.ProgrammeEditions.Where(e => e.ProgrammeId == _programmeId).ToListAsync());
        var first = Assert.Single(editions);
        Assert.Equal(1, first.Number);
        Assert.Null(first.Act);
        Assert.Equal(26, Editions.Read(first).Programme.Directions.Sum(d => d.Measures.Count));
    }

    [Fact]
    public async Task Editing_a_flagged_measure_under_an_amending_act_settles_it_and_adds_an_edition_with_the_act()
    {
        var id = await MeasureId("7.5");
        await WithEditorAsync<bool>(async (editor, _) =>
        {
            await editor.EditMeasureAsync(
                _programmeId,
                id,
                new MeasureInput(
                    "Встановити ефективний контроль за дотриманням законодавства щодо конфлікту інтересів",
                    "Постійно",
                    "Відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами, юридичне управління"),
                Amendment,
                "Ірина Коваль");
            return true;
        });

        var measure = await _cli.QueryAsync(db => db.Measures.Include(m => m.Executors).ThenInclude(e => e.OrgUnit).SingleAsync(m => m.Id == id));
        Assert.False(measure.NeedsReview);
        Assert.Equal(new Term(TermKind.Continuous, "Постійно"), measure.Term);
        Assert.Equal(
            ["Відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами", "Юридичне управління"],
            measure.Executors.OrderBy(e => e.Position).Select(e => e.OrgUnit.Name));
        Assert.Equal(15, await _cli.QueryAsync(db => db.OrgUnits.CountAsync()));

        var editions = await _cli.QueryAsync(db => db.ProgrammeEditions.OrderBy(e => e.Number).ToListAsync());
        Assert.Equal([1, 2], editions.Select(e => e.Number));
        Assert.Equal(Amendment, editions[1].Act);
        Assert.Equal("Ірина Коваль", editions[1].CreatedBy);

        var diff = EditionDiff.Compare(Editions.Read(editions[0]), Editions.Read(editions[1]));
        var changed = Assert.Single(diff, l => l.Kind != DiffKind.Unchanged);
        Assert.Equal(("7.5", DiffKind.Changed), (changed.Key, changed.Kind));
        Assert.Equal("2019-2020 роки", changed.Before!.Term);
        Assert.Equal("Постійно", changed.After!.Term);
    }

    [Fact]
    public async Task Measures_and_directions_are_added_moved_and_removed_each_as_an_edition()
    {
        var eight = await DirectionId(8);
        var nine = await DirectionId(9);
        var added = await WithEditorAsync((editor, _) => editor.AddMeasureAsync(_programmeId, eight, new MeasureInput("Провести конкурс студентських робіт", "ІІ півріччя 2020 року", "Управління освіти"), Amendment, "Ірина Коваль"));
        Assert.Equal("8.2", added.Number);

        await WithEditorAsync<bool>(async (editor, _) =>
        {
            await editor.MoveMeasureAsync(_programmeId, added.Id, nine, Amendment, "Ірина Коваль");
            return true;
        });
        Assert.Equal("9.4", await _cli.QueryAsync(db => db.Measures.Where(m => m.Id == added.Id).Select(m => m.Number).SingleAsync()));

        await WithEditorAsync<bool>(async (editor, _) =>
        {
            await editor.RemoveMeasureAsync(_programmeId, added.Id, Amendment, "Ірина Коваль");
            return true;
        });
        var refused = await Assert.ThrowsAsync<DomainException>(() => WithEditorAsync<bool>(async (editor, _) =>
        {
            await editor.RemoveDirectionAsync(_programmeId, nine, Amendment, "Ірина Коваль");
            return true;
        }));
        Assert.Contains("має заходи", refused.Message);

        var ten = await WithEditorAsync((editor, _) => editor.AddDirectionAsync(_programmeId, "Моніторинг", null, "Ірина Коваль"));
        Assert.Equal(10, ten.Number);
        await WithEditorAsync<bool>(async (editor, _) =>
        {
            await editor.RemoveDirectionAsync(_programmeId, ten.Id, null, "Ірина Коваль");
            return true;
        });

        Assert.Equal(6, await _cli.QueryAsync(db => db.ProgrammeEditions.CountAsync()));
        Assert.Equal(26, await _cli.QueryAsync(db => db.Measures.CountAsync()));
        var verification = await WithEditorAsync((_, db) => new AuditTrail(db, TimeProvider.System).VerifyAsync());
        Assert.True(verification.IsIntact);
        Assert.Contains(await _cli.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Measure) && a.Action == AuditActions.Deleted).Select(a => a.EntityId).ToListAsync()), e => e == added.Id.ToString());
    }
}
