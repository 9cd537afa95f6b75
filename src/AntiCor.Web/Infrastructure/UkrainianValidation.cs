using System.ComponentModel.DataAnnotations;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Model binding and validation speak the interface's language, Ukrainian unless the reader chose English:
/// the framework's own messages ("The X field is required.", "The value 'x' is not valid") never reach a
/// Ukrainian reader. The messages are in <see cref="ValidationText"/>.
/// </summary>
public static class UkrainianValidation
{
    public static WebApplicationBuilder AddUkrainianValidation(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MvcOptions>(options =>
        {
            var m = options.ModelBindingMessageProvider;
            m.SetValueMustNotBeNullAccessor(_ => ValidationText.Required);
            m.SetMissingBindRequiredValueAccessor(_ => ValidationText.Required);
            m.SetMissingKeyOrValueAccessor(() => ValidationText.MissingValue);
            m.SetMissingRequestBodyRequiredValueAccessor(() => ValidationText.EmptyRequest);
            m.SetAttemptedValueIsInvalidAccessor((value, _) => ValidationText.InvalidValue(value));
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(ValidationText.InvalidValue);
            m.SetUnknownValueIsInvalidAccessor(_ => ValidationText.Invalid);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => ValidationText.Invalid);
            m.SetValueIsInvalidAccessor(ValidationText.InvalidValue);
            m.SetValueMustBeANumberAccessor(_ => ValidationText.NotNumber);
            m.SetNonPropertyValueMustBeANumberAccessor(() => ValidationText.NotNumber);
            options.ModelMetadataDetailsProviders.Add(new RequiredInUkrainian());
        });
        return builder;
    }

    /// <summary>Gives [Required] (including the implicit one of non-nullable properties) a Ukrainian message.</summary>
    private sealed class RequiredInUkrainian : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
            {
                if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
                {
                    required.ErrorMessage = "Це поле обов'язкове.";
                }
            }
        }
    }
}
