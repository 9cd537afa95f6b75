using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class HtmlImportTests
{
    private const string Preamble = """
        <p><b>РОЗПОРЯДЖЕННЯ</b></p>
        <p>МІСЬКОГО ГОЛОВИ МІСТА ОЛЕКСАНДРІЇ</p>
        <p>від 10 лютого 2021 року</p>
        <p>№ 15-р</p>
        <h2>Про затвердження заходів щодо запобігання корупції на 2021-2022 роки</h2>
        <p>2. Виконавчим органам щокварталу до 25 числа місяця, наступного за звітним кварталом, інформувати відділ з питань запобігання корупції про стан їх виконання.</p>
        """;

    private static string Page(string table, string charset = "utf-8") => $"""
        <!DOCTYPE html>
        <html><head><meta charset="{charset}"><title>Розпорядження</title></head>
        <body>{Preamble}{table}<p>Міський голова</p><p>Сергій КУЗЬМЕНКО</p></body></html>
        """;

    private const string Table = """
        <table>
          <thead><tr><th>№ з/п</th><th>Напрям</th><th>Захід</th><th>Термін виконання</th><th>Виконавці</th></tr></thead>
          <tbody>
            <tr><td rowspan="3">1</td><td rowspan="3">Прозорість влади</td>
                <td><p>1. Оприлюднювати проєкти рішень</p><p>2. Оприлюднювати рішення</p></td>
                <td rowspan="3">2021-2022 роки</td><td><p>Загальний відділ</p><p>Загальний відділ, юридичний відділ</p></td></tr>
            <tr><td>3. Вести реєстр&nbsp;запитів<br>4. Відповідати на запити</td><td>Загальний відділ<br>Загальний відділ</td></tr>
            <tr><td>5. Звітувати</td><td>Відділ з питань запобігання корупції</td></tr>
            <tr><td colspan="5">Примітка: обсяг робіт визначає відділ</td></tr>
            <tr><td>2</td><td>Навчання</td><td>Навчити посадових осіб</td><td>Щороку</td><td>Відділ кадрів</td></tr>
          </tbody>
        </table>
        """;

    private static ProgrammeDocument Import(string html, Encoding? encoding = null) =>
        ProgrammeImporter.Import((encoding ?? Encoding.UTF8).GetBytes(html), "order.html");

    [Fact]
    public void Rowspan_colspan_paragraphs_and_breaks_are_read()
    {
        var d = Import(Page(Table));
        var first = d.Programme.Directions[0];
        Assert.Equal("Прозорість влади", first.Title);
        Assert.Equal(
            ["Оприлюднювати проєкти рішень", "Оприлюднювати рішення", "Вести реєстр запитів", "Відповідати на запити", "Звітувати"],
            first.Measures.Select(m => m.Text));
        Assert.All(first.Measures, m => Assert.Equal("2021-2022 роки", m.Term.Text));
        Assert.Equal(["Загальний відділ", "Юридичний відділ"], first.Measures[1].Executors.Select(e => e.Name));
        Assert.Equal(new ReportingData("quarterly", 25) { DueMonth = "first-after-period" }, d.Programme.Reporting);
        Assert.Equal(new SignatoryData("Міський голова", "Сергій КУЗЬМЕНКО"), d.Programme.LegalBasis.Signatory);
        Assert.Equal("Міська рада міста Олександрії", d.Programme.Organization);
        var training = Assert.Single(d.Programme.Directions[1].Measures);
        Assert.Equal(("2.1", "Навчити посадових осіб", "annual"), (training.Number, training.Text, training.Term.Kind));
    }

    [Fact]
    public void A_page_in_windows_1251_declared_in_its_meta_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var d = Import(Page(Table, "windows-1251"), Encoding.GetEncoding(1251));
        Assert.Equal("Прозорість влади", d.Programme.Directions[0].Title);
        Assert.Equal("Про затвердження заходів щодо запобігання корупції на 2021-2022 роки", d.Programme.LegalBasis.Title);
    }

    [Fact]
    public void Scripts_and_event_handlers_are_neither_run_nor_kept()
    {
        var hostile = Table
            .Replace("Оприлюднювати рішення</p>", "Оприлюднювати рішення<script>alert('x')</script><img src=x onerror=\"alert(1)\"></p>")
            .Replace("<td>5. Звітувати</td>", "<td onclick=\"steal()\">5. Звітувати<style>td{}</style></td>");
        var d = Import(Page(hostile).Replace("<body>", "<body onload=\"evil()\"><script>document.write('x')</script>"));
        var texts = d.Programme.Directions.SelectMany(x => x.Measures).Select(m => m.Text).ToList();
        Assert.Contains("Оприлюднювати рішення", texts);
        Assert.Contains("Звітувати", texts);
        var json = ContractJson.Serialize(d);
        Assert.DoesNotContain("alert", json);
        Assert.DoesNotContain("onerror", json);
        Assert.DoesNotContain("steal", json);
        Assert.DoesNotContain("script", json);
    }

    [Fact]
    public void An_html_page_without_a_table_is_refused()
    {
        var e = Assert.Throws<ImportException>(() => Import(Page("")));
        Assert.Contains("не знайдено таблиці", e.Message);
    }

    [Fact]
    public void An_html_table_with_two_columns_is_refused()
    {
        var e = Assert.Throws<ImportException>(() => Import(Page("<table><tr><td>Захід</td><td>Виконавці</td></tr></table>")));
        Assert.Contains("менше трьох стовпців", e.Message);
    }
}
