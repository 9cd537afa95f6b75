using System.IO.Compression;
using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Export;

public sealed class ProgrammeExportTests
{
    [Fact]
    public void Json_export_is_the_contract_serialization_in_utf8_without_bom()
    {
        var bytes = ProgrammeExport.ToBytes(ExportPlans.Seed, ExportFormat.Json);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(ContractJson.Serialize(ExportPlans.Seed), Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData(ExportFormat.Docx, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData(ExportFormat.Xlsx, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData(ExportFormat.Csv, ".csv", "text/csv; charset=utf-8")]
    [InlineData(ExportFormat.Json, ".json", "application/json; charset=utf-8")]
    public void Each_format_has_its_extension_and_content_type(ExportFormat format, string extension, string contentType)
    {
        Assert.Equal(extension, ProgrammeExport.Extension(format));
        Assert.Equal(contentType, ProgrammeExport.ContentType(format));
        Assert.True(ProgrammeExport.TryParse(extension.ToUpperInvariant(), out var parsed));
        Assert.Equal(format, parsed);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_formats_are_not_parsed(string? text) => Assert.False(ProgrammeExport.TryParse(text, out _));

    [Fact]
    public void Download_name_is_ascii_from_the_acts_year_and_number()
    {
        Assert.Equal("programme-2019-98", ProgrammeExport.BaseFileName(ExportPlans.Seed));
        Assert.Equal("programme-2021-12-r.xlsx", ProgrammeExport.FileName(ExportPlans.Village(), ExportFormat.Xlsx));
        Assert.Equal("programme-2022-45-od", ProgrammeExport.BaseFileName(ExportPlans.Enterprise()));
    }

    [Fact]
    public void Download_name_of_an_act_numbered_only_with_symbols_falls_back_to_its_date()
    {
        var seed = ExportPlans.Seed;
        var odd = seed with { Programme = seed.Programme with { LegalBasis = seed.Programme.LegalBasis with { KnownNumber = "/\\:*?" } } };
        Assert.Equal("programme-2019-08-12", ProgrammeExport.BaseFileName(odd));
    }

    [Theory]
    [InlineData(ExportFormat.Docx, "word/document.xml")]
    [InlineData(ExportFormat.Xlsx, "xl/workbook.xml")]
    [InlineData(ExportFormat.Csv, null)]
    [InlineData(ExportFormat.Json, null)]
    public void Write_appends_to_the_stream_it_is_given_and_leaves_it_open(ExportFormat format, string? mainPart)
    {
        using var stream = new MemoryStream();
        stream.Write([1, 2, 3]);
        ProgrammeExport.Write(ExportPlans.Village(), format, stream);
        Assert.True(stream.CanWrite);
        var written = stream.ToArray();
        Assert.Equal([1, 2, 3], written.Take(3));
        var appended = written.Skip(3).ToArray();
        if (mainPart is null)
        {
            Assert.Equal(ProgrammeExport.ToBytes(ExportPlans.Village(), format), appended);
        }
        else
        {
            // Packages differ run to run (entry times, relationship ids): check the container instead.
            using var zip = new ZipArchive(new MemoryStream(appended), ZipArchiveMode.Read);
            Assert.NotNull(zip.GetEntry(mainPart));
        }
    }

    [Theory]
    [InlineData(ExportFormat.Docx)]
    [InlineData(ExportFormat.Xlsx)]
    public void A_control_character_from_a_damaged_document_is_dropped_rather_than_failing_the_export(ExportFormat format)
    {
        var plan = ExportPlans.Village();
        var direction = plan.Programme.Directions[0];
        plan = plan with
        {
            Programme = plan.Programme with
            {
                Directions = [direction with { Measures = [direction.Measures[0] with { Text = "Провести\u0001 навчання 😀" }] }],
            },
        };

        var bytes = ProgrammeExport.ToBytes(plan, format);
        if (format == ExportFormat.Docx)
        {
            var back = ProgrammeImporter.Import(bytes, "x.docx");
            Assert.Equal("Провести навчання 😀", back.Programme.Directions[0].Measures[0].Text);
        }
        else
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            using var reader = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
            Assert.Contains("Провести навчання 😀", reader.ReadToEnd());
        }
    }
}
