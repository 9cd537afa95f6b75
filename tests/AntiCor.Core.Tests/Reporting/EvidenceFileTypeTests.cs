using AntiCor.Core.Reporting;
using AntiCor.Tests.Shared;

namespace AntiCor.Core.Tests.Reporting;

public sealed class EvidenceFileTypeTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { "pdf", "application/pdf" },
        { "png", "image/png" },
        { "jpeg", "image/jpeg" },
        { "docx", EvidenceFileType.Docx.MediaType },
        { "xlsx", EvidenceFileType.Xlsx.MediaType },
        { "odt", EvidenceFileType.Odt.MediaType },
    };

    private static byte[] Sample(string kind) => kind switch
    {
        "pdf" => EvidenceSamples.Pdf(),
        "png" => EvidenceSamples.Png(),
        "jpeg" => EvidenceSamples.Jpeg(),
        "docx" => EvidenceSamples.Docx(),
        "xlsx" => EvidenceSamples.Xlsx(),
        _ => EvidenceSamples.Odt(),
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_accepted_kind_is_told_by_its_content(string kind, string mediaType) =>
        Assert.Equal(mediaType, EvidenceFileType.Detect(Sample(kind))?.MediaType);

    [Fact]
    public void A_program_is_refused_whatever_its_name() => Assert.Null(EvidenceFileType.Detect(EvidenceSamples.Exe()));

    [Fact]
    public void A_zip_without_an_office_document_inside_is_refused() => Assert.Null(EvidenceFileType.Detect(EvidenceSamples.PlainZip()));

    [Fact]
    public void A_broken_zip_and_an_empty_file_are_refused()
    {
        Assert.Null(EvidenceFileType.Detect([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));
        Assert.Null(EvidenceFileType.Detect([]));
    }

    [Fact]
    public void Text_that_merely_mentions_pdf_is_refused() => Assert.Null(EvidenceFileType.Detect("not a %PDF-1.4"u8.ToArray()));

    [Fact]
    public void The_size_message_names_the_limit_in_megabytes() =>
        Assert.Contains("10 МБ", EvidenceFileType.TooLarge(11L * 1024 * 1024), StringComparison.Ordinal);
}
