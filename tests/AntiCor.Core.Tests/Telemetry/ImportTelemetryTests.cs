using AntiCor.Core.Documents.Import;
using AntiCor.Core.Telemetry;
using AntiCor.Tests.Shared;

namespace AntiCor.Core.Tests.Telemetry;

public sealed class ImportTelemetryTests
{
    private const string Duration = "anticor.import.duration";

    [Fact]
    public void Reading_a_document_records_its_duration_with_the_format_and_ok()
    {
        using var capture = new MetricCapture(AntiCorTelemetry.Name);

        ProgrammeImporter.Import(TestFiles.SeedBytes(), "order.txt");

        // Other test classes import at the same time: look for a measurement of this kind, not for the only one.
        Assert.Contains(capture.Of(Duration), m => Equals(m.Tags["format"], "plaintext") && Equals(m.Tags["outcome"], "ok") && m.Value > 0);
    }

    [Fact]
    public void A_refused_document_is_recorded_as_refused_and_still_throws_the_import_error()
    {
        using var capture = new MetricCapture(AntiCorTelemetry.Name);

        Assert.Throws<ImportException>(() => ProgrammeImporter.Import("<html><body><p>нічого</p></body></html>"u8.ToArray(), "empty.html"));

        Assert.Contains(capture.Of(Duration), m => Equals(m.Tags["format"], "html") && Equals(m.Tags["outcome"], "refused"));
    }

    [Fact]
    public void The_outbox_depth_gauge_reports_the_last_count()
    {
        using var capture = new MetricCapture(AntiCorTelemetry.Name);

        AntiCorTelemetry.RecordOutboxDepth(7);

        Assert.Equal(7, Assert.Single(capture.Of("anticor.outbox.depth")).Value);
    }
}
