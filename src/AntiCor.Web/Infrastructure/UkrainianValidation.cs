using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace AntiCor.Web.Infrastructure;

/// <summary>
/// Model binding and validation speak Ukrainian: the framework's own messages ("The X field is
/// required.", "The value 'x' is not valid") never reach a user in English.
/// </summary>
public static class UkrainianValidation
{
    public static WebApplicationBuilder AddUkrainianValidation(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MvcOptions>(options =>
        {
            var m = options.ModelBindingMessageProvider;
            m.SetValueMustNotBeNullAccessor(_ => "Це поле обов'язкове.");
            m.SetMissingBindRequiredValueAccessor(_ => "Це поле обов'язкове.");
            m.SetMissingKeyOrValueAccessor(() => "Бракує значення.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Запит порожній.");
            m.SetAttemptedValueIsInvalidAccessor((value, _) => $"Значення «{value}» недійсне.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значення «{value}» недійсне.");
            m.SetUnknownValueIsInvalidAccessor(_ => "Значення недійсне.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значення недійсне.");
            m.SetValueIsInvalidAccessor(value => $"Значення «{value}» недійсне.");
            m.SetValueMustBeANumberAccessor(_ => "Тут має бути число.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Тут має бути число.");
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
