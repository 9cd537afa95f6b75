using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using BenchmarkDotNet.Attributes;

namespace AntiCor.Bench;

/// <summary>
/// The consolidated DOCX for the seed's city-quarter — its 26 measures, every executor reporting
/// with a paragraph of text — beside the programme's own DOCX export (the baseline), in one run.
/// The data is built in memory from the seed order, so the figure is the writer's, not the database's.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ConsolidationBenchmarks
{
    private ProgrammeDocument _programme = null!;
    private ConsolidatedReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "kropyvnytskyi-2019-order-98.txt"));
        _programme = ProgrammeImporter.Import(text, "seed.txt");
        _report = SeedQuarter(_programme);
    }

    [Benchmark(Baseline = true)]
    public byte[] ProgrammeDocx() => ProgrammeExport.ToBytes(_programme, ExportFormat.Docx);

    [Benchmark]
    public byte[] ConsolidatedDocx() => ConsolidatedDocxWriter.ToBytes(_report);

    [Benchmark]
    public byte[] ConsolidatedXlsx() => ConsolidatedXlsxWriter.ToBytes(_report);

    /// <summary>2020Q1 with every executor of every measure reporting, statuses in turn.</summary>
    public static ConsolidatedReport SeedQuarter(ProgrammeDocument document)
    {
        var p = document.Programme;
        var act = new LegalAct(p.LegalBasis.Kind, p.LegalBasis.Number, p.LegalBasis.Date, p.LegalBasis.Issuer);
        var period = PeriodKey.Parse("2020Q1");
        var statuses = new[] { MeasureStatus.Done, MeasureStatus.PartlyDone, MeasureStatus.InProgress, MeasureStatus.NotDone };
        var n = 0;
        var directions = p.Directions.Select(d => new ConsolidatedDirection(d.Number, d.Title, [.. d.Measures.Select(m =>
        {
            var status = statuses[n++ % statuses.Length];
            var rows = m.Executors.Select((e, i) => new ConsolidatedRow(
                "2020Q1", new DateOnly(2020, 4, 25), d.Number, d.Title, Guid.NewGuid(), m.Number, m.Text, Guid.NewGuid(), e.Name, i == 0,
                ObligationState.Accepted, MessageType.Result, status,
                "Проведено навчання працівників, оновлено внутрішні порядки, результати оприлюднено на офіційному вебсайті міської ради.",
                status == MeasureStatus.Done ? new DateOnly(2020, 3, 20) : null,
                status is MeasureStatus.PartlyDone or MeasureStatus.NotDone ? "Обмежене фінансування та карантинні обмеження." : null, null,
                new DateTime(2020, 4, 20, 9, 0, 0, DateTimeKind.Utc), new DateTime(2020, 4, 20, 9, 0, 0, DateTimeKind.Utc), i % 5 == 0 ? 2 : 0,
                status, Verdict.Progress)).ToList();
            return new ConsolidatedMeasure(Guid.NewGuid(), m.Number, m.Text, status, Verdict.Progress, null, rows);
        })]));
        var list = directions.ToList();
        return new ConsolidatedReport(Guid.NewGuid(), p.Title, act, "Кропивницька міська рада", period, ["2020Q1"],
            new DateTime(2020, 5, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2020, 4, 30, 9, 0, 0, DateTimeKind.Utc),
            list, [.. list.SelectMany(x => x.Measures).SelectMany(m => m.Executors)]);
    }
}
