using AntiCor.Core.Documents.Export;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>The consolidated report's download name and type, the same for the web and the command line.</summary>
public static class ConsolidatedFile
{
    /// <summary>"zvit-2020Q1.docx": ASCII only, safe in every browser and file system.</summary>
    public static string Name(PeriodKey period, ExportFormat format) => $"zvit-{period}{ProgrammeExport.Extension(format)}";

    public static byte[] Write(ConsolidatedReport report, ExportFormat format) => format switch
    {
        ExportFormat.Docx => ConsolidatedDocxWriter.ToBytes(report),
        ExportFormat.Xlsx => ConsolidatedXlsxWriter.ToBytes(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Зведений звіт формується у форматі docx або xlsx."),
    };
}
