.class public final Lcom/example/hv/net/ApiKt;
.super Ljava/lang/Object;
.source "Api.kt"


# direct methods
.method public static final client()Lokhttp3/OkHttpClient;
    .registers 2

    .line 8
    new-instance v0, Lokhttp3/OkHttpClient$Builder;

    invoke-direct {v0}, Lokhttp3/OkHttpClient$Builder;-><init>()V

    .line 9
    new-instance v1, Lcom/example/hv/net/ApiKt$$ExternalSyntheticLambda0;

    invoke-direct {v1}, Lcom/example/hv/net/ApiKt$$ExternalSyntheticLambda0;-><init>()V

    invoke-virtual {v0, v1}, Lokhttp3/OkHttpClient$Builder;->hostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v0

    .line 10
    invoke-virtual {v0}, Lokhttp3/OkHttpClient$Builder;->build()Lokhttp3/OkHttpClient;

    move-result-object v0

    return-object v0
.end method

.method private static final client$lambda$0(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 3

    .line 9
    const/4 v0, 0x1

    return v0
.end method
