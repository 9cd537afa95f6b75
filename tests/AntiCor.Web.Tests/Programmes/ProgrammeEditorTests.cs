using AntiCor.Core.Audit;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Programmes;

/// <summary>Changes to a stored programme under amending acts, on the database under test.</summary>
public sealed class ProgrammeEditorTests : IAsyncLifetime
{
    private static readonly AmendingAct Amendment = new("розпорядження", "15", new DateOnly(2020, 2, 3), "Про внесення змін до міських заходів");
    private readonly CliRun _cli = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 2, 10, 9, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;
    private Guid _programmeId;

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.WriteFile(SeedProgramme.FileName, SeedProgramme.Read()))).Code);
        _services = _cli.Services(_time);
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
        return await action(new ProgrammeEditor(db, _time), db);
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
        var verification = await WithEditorAsync((_, db) => new AuditTrail(db, _time).VerifyAsync());
        Assert.True(verification.IsIntact);
        Assert.Contains(await _cli.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Measure) && a.Action == AuditActions.Deleted).Select(a => a.EntityId).ToListAsync()), e => e == added.Id.ToString());
    }

    [Fact]
    public async Task An_update_from_a_corrected_document_keeps_every_measures_identity_and_removes_only_when_confirmed()
    {
        var document = Core.Documents.Import.ProgrammeImporter.Import(SeedProgramme.Read(), SeedProgramme.FileName);
        var pair = document.Programme.Directions.First(d => d.Measures.Count >= 2);
        var (first, second) = (pair.Measures[0], pair.Measures[1]);
        var swapped = pair with
        {
            Measures = [second with { Number = first.Number }, first with { Number = second.Number }, .. pair.Measures.Skip(2)],
        };
        var corrected1 = document.Programme.Directions[^2];
        var touched = corrected1 with { Measures = [corrected1.Measures[0] with { Text = corrected1.Measures[0].Text + " (уточнено)" }, .. corrected1.Measures.Skip(1)] };
        var last = document.Programme.Directions[^1];
        var gone = last.Measures[^1];
        var corrected = document with
        {
            Programme = document.Programme with
            {
                Directions = [.. document.Programme.Directions.Select(d =>
                    d == pair ? swapped : d == corrected1 ? touched : d == last ? last with { Measures = [.. last.Measures.SkipLast(1)] } : d)],
            },
        };
        var before = await _cli.QueryAsync(db => db.Measures.ToDictionaryAsync(m => m.Text, m => m.Id));

        var refused = await Assert.ThrowsAsync<DomainException>(() => WithEditorAsync((_, db) =>
            new ProgrammeRegistrar(db, _time).ReplaceAsync(_programmeId, corrected, "corrected.txt", "тест", removalsConfirmed: false)));
        Assert.Contains(gone.Number, refused.Message, StringComparison.Ordinal);
        Assert.Equal(before.Count, await _cli.QueryAsync(db => db.Measures.CountAsync()));

        await WithEditorAsync((_, db) => new ProgrammeRegistrar(db, _time).ReplaceAsync(_programmeId, corrected, "corrected.txt", "тест", removalsConfirmed: true));

        var after = await _cli.QueryAsync(db => db.Measures.Select(m => new { m.Id, m.Number, m.Text }).ToListAsync());
        Assert.Equal(before.Count - 1, after.Count);
        Assert.DoesNotContain(after, m => m.Id == before[gone.Text]);
        // The two measures traded numbers and kept their identities; the one whose text was corrected kept its too.
        Assert.Equal(first.Number, after.Single(m => m.Id == before[second.Text]).Number);
        Assert.Equal(second.Number, after.Single(m => m.Id == before[first.Text]).Number);
        var edited = after.Single(m => m.Id == before[corrected1.Measures[0].Text]);
        Assert.Equal(corrected1.Measures[0].Text + " (уточнено)", edited.Text);
        Assert.All(after.Where(m => m.Id != edited.Id), m => Assert.Equal(before[m.Text], m.Id));
        Assert.True((await _cli.QueryAsync(db => new AuditTrail(db, _time).VerifyAsync())).IsIntact);
    }

    [Fact]
    public async Task Removing_a_measure_needs_an_amending_act()
    {
        var id = await MeasureId("9.2");
        var refused = await Assert.ThrowsAsync<DomainException>(() => WithEditorAsync(async (editor, _) =>
        {
            await editor.RemoveMeasureAsync(_programmeId, id, null, "тест");
            return 0;
        }));
        Assert.Contains("актом про внесення змін", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await _cli.QueryAsync(db => db.Measures.CountAsync(m => m.Id == id)));
    }

    [Theory]
    [InlineData(2019, 8, 11, "раніший за акт")]
    [InlineData(2099, 1, 1, "ще не настала")]
    public async Task An_amending_act_before_the_programmes_act_or_in_the_future_is_refused(int year, int month, int day, string reason)
    {
        var id = await MeasureId("8.1");
        var act = Amendment with { Date = new DateOnly(year, month, day) };
        var refused = await Assert.ThrowsAsync<DomainException>(() => WithEditorAsync(async (editor, _) =>
        {
            await editor.EditMeasureAsync(_programmeId, id, new MeasureInput("Нова редакція", "2020 рік", "Управління освіти"), act, "тест");
            return 0;
        }));
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.NotEqual("Нова редакція", await _cli.QueryAsync(db => db.Measures.Where(m => m.Id == id).Select(m => m.Text).SingleAsync()));
    }

    [Fact]
    public async Task Of_two_saves_from_the_same_version_the_second_is_refused_and_nothing_is_overwritten()
    {
        var id = await MeasureId("8.1");
        var version = await _cli.QueryAsync(db => db.Measures.Where(m => m.Id == id).Select(m => m.Version).SingleAsync());
        var editions = await _cli.QueryAsync(db => db.ProgrammeEditions.CountAsync());
        var direction = await DirectionId(1);

        await WithEditorAsync(async (editor, _) =>
        {
            await editor.SaveMeasureAsync(_programmeId, id, new MeasureInput("Перша редакція", "2020 рік", "Управління освіти"), direction, version, null, "перший");
            return 0;
        });
        var refused = await Assert.ThrowsAsync<DomainException>(() => WithEditorAsync(async (editor, _) =>
        {
            await editor.SaveMeasureAsync(_programmeId, id, new MeasureInput("Друга редакція", "2020 рік", "Управління освіти"), null, version, null, "другий");
            return 0;
        }));

        Assert.Equal(StaleRecord.Message, refused.Message);
        var stored = await _cli.QueryAsync(db => db.Measures.Where(m => m.Id == id).Select(m => new { m.Text, m.DirectionId, m.Version }).SingleAsync());
        Assert.Equal(("Перша редакція", direction), (stored.Text, stored.DirectionId));
        Assert.True(stored.Version > version);
        // An edit with a move is one save: one edition, not two.
        Assert.Equal(editions + 1, await _cli.QueryAsync(db => db.ProgrammeEditions.CountAsync()));
    }
}
