.class public interface abstract Lcom/facebook/react/modules/network/OkHttpClientFactory;
.super Ljava/lang/Object;
.source "OkHttpClientFactory.java"


# virtual methods
.method public abstract createNewNetworkModuleClient()Lokhttp3/OkHttpClient;
.end method
