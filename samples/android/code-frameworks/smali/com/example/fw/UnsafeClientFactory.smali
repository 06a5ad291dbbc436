.class public Lcom/example/fw/UnsafeClientFactory;
.super Ljava/lang/Object;
.source "UnsafeClientFactory.java"

# interfaces
.implements Lcom/facebook/react/modules/network/OkHttpClientFactory;


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 8
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public createNewNetworkModuleClient()Lokhttp3/OkHttpClient;
    .registers 2

    .line 11
    const/4 v0, 0x0

    return-object v0
.end method
