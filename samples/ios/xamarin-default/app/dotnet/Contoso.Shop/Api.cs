// The shop's API client with the platform's certificate validation (NSUrlSessionHandler follows ATS).
using System.Net.Http;

namespace Contoso.Shop
{
    public static class Api
    {
        public static HttpClient Create()
        {
            return new HttpClient { BaseAddress = new System.Uri("https://api.example.com/v1/") };
        }
    }
}
