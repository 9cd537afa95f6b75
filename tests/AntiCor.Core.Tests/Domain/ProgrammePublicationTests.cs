using AntiCor.Core.Domain;

namespace AntiCor.Core.Tests.Domain;

public sealed class ProgrammePublicationTests
{
    private static readonly DateTime Imported = new(2019, 8, 20, 9, 0, 0, DateTimeKind.Utc);

    private static Programme NewProgramme() =>
        new(new Organization("Рада", OrganizationKind.CityCouncil, "rada", "12345678"), "Програма",
            new LegalAct("розпорядження", "98", new DateOnly(2019, 8, 12)),
            new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), new ReportingRule(ReportingFrequency.Quarterly, 25), Imported);

    [Fact]
    public void A_new_programme_is_a_draft()
    {
        var programme = NewProgramme();

        Assert.False(programme.IsPublished);
        Assert.Null(programme.PublishedAtUtc);
    }

    [Fact]
    public void Publishing_again_keeps_the_first_publication_date()
    {
        var programme = NewProgramme();
        var first = Imported.AddDays(3);

        programme.Publish(first);
        programme.Publish(first.AddDays(10));

        Assert.True(programme.IsPublished);
        Assert.Equal(first, programme.PublishedAtUtc);
    }

    [Fact]
    public void Unpublishing_returns_the_programme_to_a_draft()
    {
        var programme = NewProgramme();
        programme.Publish(Imported);

        programme.Unpublish();

        Assert.False(programme.IsPublished);
    }
}
