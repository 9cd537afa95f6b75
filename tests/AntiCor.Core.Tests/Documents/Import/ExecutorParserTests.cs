using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class ExecutorParserTests
{
    [Fact]
    public void Parse_splits_units_at_commas_and_recognises_groups()
    {
        var executors = ExecutorParser.Parse("Відділ інформаційно-комп'ютерного забезпечення, виконавчі органи, ЦНАП");
        Assert.Equal(
            [
                new ParsedExecutor("Відділ інформаційно-комп'ютерного забезпечення", "Відділ інформаційно-комп'ютерного забезпечення", ExecutorKind.Unit, false),
                new ParsedExecutor("Виконавчі органи", "виконавчі органи", ExecutorKind.Group, false),
                new ParsedExecutor("ЦНАП", "ЦНАП", ExecutorKind.Unit, false),
            ],
            executors);
    }

    [Fact]
    public void Parse_keeps_a_group_whose_name_holds_commas_whole()
    {
        var executors = ExecutorParser.Parse("Виконавчі органи, керівники підприємств, установ, організацій, що перебувають у комунальній власності");
        Assert.Equal(["Виконавчі органи", "Керівники підприємств, установ, організацій, що перебувають у комунальній власності"], executors.Select(e => e.Name));
        Assert.All(executors, e => Assert.Equal(ExecutorKind.Group, e.Kind));
    }

    [Fact]
    public void Parse_marks_parties_by_consent_as_external()
    {
        var executors = ExecutorParser.Parse("Управління освіти; ГО «Прозоре місто» (за згодою), громадська рада");
        Assert.Equal(
            [
                new ParsedExecutor("Управління освіти", "Управління освіти", ExecutorKind.Unit, false),
                new ParsedExecutor("ГО «Прозоре місто»", "ГО «Прозоре місто» (за згодою)", ExecutorKind.External, true),
                new ParsedExecutor("Громадська рада", "громадська рада", ExecutorKind.External, false),
            ],
            executors);
    }

    [Fact]
    public void Parse_of_an_empty_cell_gives_no_executor()
    {
        Assert.Empty(ExecutorParser.Parse(" , "));
    }

    [Theory]
    [InlineData("Уповноважена особа з питань запобігання та виявлення корупції")]
    [InlineData("староста")]
    [InlineData("Начальник відділу освіти")]
    [InlineData("Головний спеціаліст з питань цивільного захисту")]
    [InlineData("Сільський голова")]
    [InlineData("Заступник міського голови з питань діяльності виконавчих органів")]
    public void Parse_recognises_an_official_by_position(string cell)
    {
        var executor = Assert.Single(ExecutorParser.Parse(cell));
        Assert.True(executor.IsPosition);
        Assert.Equal((ExecutorKinds.Position, ExecutorKind.Position), (executor.ContractKind, executor.Kind));
    }

    [Fact]
    public void Parse_keeps_a_position_or_unit_whose_name_lists_with_commas_whole()
    {
        var executors = ExecutorParser.Parse("Начальник відділу освіти, культури та спорту, староста, Управління освіти, молоді та спорту, юридичний відділ");
        Assert.Equal(
            [
                ("Начальник відділу освіти, культури та спорту", ExecutorKinds.Position),
                ("Староста", ExecutorKinds.Position),
                ("Управління освіти, молоді та спорту", ExecutorKinds.Unit),
                ("Юридичний відділ", ExecutorKinds.Unit),
            ],
            executors.Select(e => (e.Name, e.ContractKind)));
    }

    [Fact]
    public void Parse_still_splits_units_and_groups_named_after_a_comma_in_lower_case()
    {
        var executors = ExecutorParser.Parse("Загальний відділ, юридичний відділ, старости сіл, бухгалтерія");
        Assert.Equal(
            [("Загальний відділ", ExecutorKinds.Unit), ("Юридичний відділ", ExecutorKinds.Unit), ("Старости сіл", ExecutorKinds.Group), ("Бухгалтерія", ExecutorKinds.Unit)],
            executors.Select(e => (e.Name, e.ContractKind)));
    }

    [Theory]
    [InlineData("Староста")]
    [InlineData("Керівник апарату виконавчого комітету")]
    [InlineData("Начальник відділу кадрової роботи")]
    [InlineData("Заступник міського голови з питань діяльності виконавчих органів ради")]
    public void Parse_recognises_the_offices_programmes_name(string cell)
    {
        var executor = Assert.Single(ExecutorParser.Parse(cell));
        Assert.Equal((cell, ExecutorKinds.Position), (executor.Name, executor.ContractKind));
    }

    [Fact]
    public void Parse_keeps_a_second_office_of_the_same_official_after_a_comma_in_one_name()
    {
        var executors = ExecutorParser.Parse(
            "Начальник відділу з питань запобігання та виявлення корупції, уповноважена особа з питань запобігання та виявлення корупції; Загальний відділ");
        Assert.Equal(
            [
                ("Начальник відділу з питань запобігання та виявлення корупції, уповноважена особа з питань запобігання та виявлення корупції", ExecutorKinds.Position),
                ("Загальний відділ", ExecutorKinds.Unit),
            ],
            executors.Select(e => (e.Name, e.ContractKind)));
    }

    [Fact]
    public void Parse_splits_a_unit_and_an_official_named_after_it()
    {
        var executors = ExecutorParser.Parse("Відділ кадрової роботи, уповноважена особа з питань запобігання та виявлення корупції, староста");
        Assert.Equal(
            [
                ("Відділ кадрової роботи", ExecutorKinds.Unit),
                ("Уповноважена особа з питань запобігання та виявлення корупції", ExecutorKinds.Position),
                ("Староста", ExecutorKinds.Position),
            ],
            executors.Select(e => (e.Name, e.ContractKind)));
    }

    [Fact]
    public void Parse_keeps_a_qualifier_after_a_comma_with_the_executor_it_qualifies()
    {
        var executors = ExecutorParser.Parse(
            "Заступники міського голови, відповідно до розподілу обов'язків, керівник апарату, громадська рада, за згодою");
        Assert.Equal(
            [
                ("Заступники міського голови, відповідно до розподілу обов'язків", ExecutorKinds.Position, false),
                ("Керівник апарату", ExecutorKinds.Position, false),
                ("Громадська рада", ExecutorKinds.External, true),
            ],
            executors.Select(e => (e.Name, e.ContractKind, e.ConsentRequired)));
    }
}
