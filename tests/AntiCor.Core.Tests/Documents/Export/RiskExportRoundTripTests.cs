using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Tests.Documents.Import;
using AntiCor.Core.Tests.Documents.Import.Plans;

namespace AntiCor.Core.Tests.Documents.Export;

/// <summary>
/// A risk-based programme exported in its own columns (process, risk and its assessment, measure,
/// term, executors, resources, result, indicators) reads back into the same programme, measure by
/// measure, as DOCX and as XLSX.
/// </summary>
public sealed class RiskExportRoundTripTests
{
    private static readonly ProgrammeDocument Read = ProgrammeImporter.Import(RiskPlan.Docx(), "programme.docx");

    [Fact]
    public void A_risk_programme_exported_as_docx_imports_back_with_every_risk_result_indicator_and_resource()
    {
        var back = ProgrammeImporter.Import(ProgrammeExport.ToBytes(Read, ExportFormat.Docx), "export.docx");

        RiskPlanTests.AssertTable(back);
        Assert.Equal(Read.Programme.LegalBasis, back.Programme.LegalBasis);
        Assert.Equal(Read.Programme.Reporting, back.Programme.Reporting);
        Assert.Equal(Read.Programme.Title, back.Programme.Title);
    }

    [Fact]
    public void A_risk_programme_exported_as_xlsx_imports_back_as_its_annex_with_every_risk_result_indicator_and_resource()
    {
        var back = ProgrammeImporter.Import(ProgrammeExport.ToBytes(Read, ExportFormat.Xlsx), "export.xlsx");

        RiskPlanTests.AssertTable(back);
        Assert.Equal(Read.Programme.Title, back.Programme.Title);
    }

    [Fact]
    public void The_risk_annex_names_each_written_column_and_leaves_out_those_no_measure_fills()
    {
        var titles = RiskLayout.Columns(Read.Programme).Select(c => c.Title).ToList();

        Assert.Contains("Ймовірність", titles);
        Assert.Contains("Рівень ризику", titles);
        Assert.Contains("Індикатори виконання", titles);
        Assert.DoesNotContain("Наслідки", titles);
        Assert.DoesNotContain("Стан виконання", titles);
    }

    [Fact]
    public void A_programme_without_risks_keeps_the_five_column_annex()
    {
        Assert.False(RiskLayout.Applies(ExportPlans.Seed.Programme));
    }

    [Fact]
    public void An_annex_stored_without_its_order_is_exported_without_an_invented_act()
    {
        var annex = ProgrammeImporter.Import(RiskPlan.Xlsx(), "annex.xlsx");

        var back = ProgrammeImporter.Import(ProgrammeExport.ToBytes(annex, ExportFormat.Docx), "export.docx");

        Assert.Null(back.Programme.LegalBasis.KnownNumber);
        Assert.Null(back.Programme.LegalBasis.KnownDate);
        RiskPlanTests.AssertTable(back);
    }
}
