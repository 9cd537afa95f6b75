using AntiCor.Core.Domain;

namespace AntiCor.Core.Tests.Domain;

public sealed class UnitNameKeyTests
{
    [Fact]
    public void Spellings_differing_in_case_conjunction_apostrophe_and_spacing_share_a_key()
    {
        var a = UnitNameKey.For("Відділ з питань запобігання і виявлення корупції");
        Assert.Equal(a, UnitNameKey.For("відділ з питань  запобігання та виявлення корупції."));
        Assert.Equal(UnitNameKey.For("Відділ інформаційно-комп'ютерного забезпечення"), UnitNameKey.For("відділ інформаційно–комп’ютерного забезпечення"));
    }

    [Fact]
    public void Different_units_keep_different_keys()
    {
        Assert.NotEqual(UnitNameKey.For("Виконавчі органи"), UnitNameKey.For("Виконавчі органи - головні розпорядники коштів"));
        Assert.NotEqual(UnitNameKey.For("Фінансове управління"), UnitNameKey.For("Управління освіти"));
    }
}
