using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Executors;

namespace AntiCor.Core.Tests.Programmes;

/// <summary>Executor names found among an organisation's units: exactly, through an alias, or only as a «можливо, …?».</summary>
public sealed class UnitMatcherTests
{
    private static readonly Guid Organization = Guid.CreateVersion7();

    private static readonly OrgUnit Personnel = new(Organization, "Відділ кадрової роботи", ExecutorKind.Unit);
    private static readonly OrgUnit Computing = new(Organization, "Відділ інформаційно-комп'ютерного забезпечення", ExecutorKind.Unit);
    private static readonly OrgUnit Education = new(Organization, "Управління освіти", ExecutorKind.Unit);
    private static readonly OrgUnit Lawyers = Aliased(new OrgUnit(Organization, "Юридичне управління", ExecutorKind.Unit), "Правове управління");
    private static readonly OrgUnit AntiCorruption = new(Organization, "Відділ з питань запобігання та виявлення корупції", ExecutorKind.Unit);
    private static readonly OrgUnit Officer = new(Organization, "Уповноважена особа з питань запобігання та виявлення корупції", ExecutorKind.Position);
    private static readonly OrgUnit Bodies = new(Organization, "Виконавчі органи", ExecutorKind.Group);

    private static UnitMatcher Matcher() => new([Personnel, Computing, Education, Lawyers, AntiCorruption, Officer, Bodies]);

    private static OrgUnit Aliased(OrgUnit unit, string alias)
    {
        unit.AddAlias(alias);
        return unit;
    }

    [Theory]
    [InlineData("Відділ кадрової роботи")]
    [InlineData("відділ  кадрової роботи.")]
    [InlineData("ВІДДІЛ КАДРОВОЇ РОБОТИ")]
    [InlineData("Відділ з питань запобігання і виявлення корупції")]
    public void A_name_differing_only_harmlessly_is_found_exactly(string name)
    {
        var found = Matcher().Exact(name);
        Assert.NotNull(found);
        Assert.Contains(found, new[] { Personnel, AntiCorruption });
    }

    [Fact]
    public void An_alias_is_found_exactly()
    {
        Assert.Same(Lawyers, Matcher().Exact("правове управління"));
    }

    [Theory]
    [InlineData("Відділ інформаційно-комп’ютерного забезпечення")]
    [InlineData("Відділ інформаційно-компʼютерного забезпечення")]
    [InlineData("Відділ «інформаційно-комп'ютерного» забезпечення")]
    public void Apostrophe_and_quote_variants_are_found_exactly(string name)
    {
        Assert.Same(Computing, Matcher().Exact(name));
    }

    [Theory]
    [InlineData("Відділ інформаційно-компютерного забезпечення")]
    [InlineData("Відділ інформаційно-комп-ютерного забезпечення")]
    public void A_dropped_or_mistyped_apostrophe_is_suggested(string name)
    {
        Assert.Null(Matcher().Exact(name));
        Assert.Same(Computing, Matcher().Closest(name, ExecutorKind.Unit)?.Unit);
    }

    [Theory]
    [InlineData("Відділ кадрвої роботи")]
    [InlineData("Відділ кадрової робти")]
    [InlineData("Відділу кадрової роботи")]
    [InlineData("Відділ роботи кадрової")]
    [InlineData("Кадрової роботи відділ")]
    public void A_typo_an_ending_or_another_word_order_is_suggested_never_matched(string name)
    {
        var matcher = Matcher();
        Assert.Null(matcher.Exact(name));
        var match = matcher.Closest(name, ExecutorKind.Unit);
        Assert.NotNull(match);
        Assert.Same(Personnel, match.Unit);
        Assert.True(match.Score >= LooseName.Threshold);
    }

    [Fact]
    public void A_misspelt_alias_suggests_the_unit_that_holds_it()
    {
        var match = Matcher().Closest("Правове упраління", ExecutorKind.Unit);
        Assert.Equal((Lawyers, "Правове управління"), (match?.Unit, match?.Spelling));
    }

    [Theory]
    [InlineData("Відділ освіти")]
    [InlineData("Фінансове управління")]
    [InlineData("Відділ кадрів")]
    [InlineData("Служба у справах дітей")]
    [InlineData("ЦНАП")]
    public void A_different_unit_is_not_suggested(string name)
    {
        Assert.Null(Matcher().Exact(name));
        Assert.Null(Matcher().Closest(name, ExecutorKind.Unit));
    }

    [Fact]
    public void A_position_is_suggested_only_among_positions_and_a_unit_only_among_units()
    {
        var matcher = Matcher();
        Assert.Same(Officer, matcher.Closest("Уповноважена особа з питань запобігання та виявленя корупції", ExecutorKind.Position)?.Unit);
        Assert.Null(matcher.Closest("Уповноважена особа з питань запобігання та виявленя корупції", ExecutorKind.Unit));
        Assert.Null(matcher.Closest("Начальник відділу кадрової роботи", ExecutorKind.Position));
    }

    [Fact]
    public void Similarity_ignores_order_and_little_words_and_grows_with_shared_words()
    {
        Assert.Equal(1.0, LooseName.Similarity("Відділ з питань кадрової роботи", "відділ кадрової роботи з питань"));
        Assert.Equal(0.5, LooseName.Similarity("Відділ освіти", "Управління освіти"));
        Assert.Equal(0.0, LooseName.Similarity("Відділ освіти", ""));
    }
}
