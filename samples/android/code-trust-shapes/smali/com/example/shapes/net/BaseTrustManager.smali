.class public abstract Lcom/example/shapes/net/BaseTrustManager;
.super Ljava/lang/Object;
.source "BaseTrustManager.java"

# interfaces
.implements Ljavax/net/ssl/X509TrustManager;


.method public constructor <init>()V
    .registers 1

    .line 8
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


.method public getAcceptedIssuers()[Ljava/security/cert/X509Certificate;
    .registers 2

    .line 11
    const/4 v0, 0x0

    new-array v0, v0, [Ljava/security/cert/X509Certificate;

    return-object v0
.end method
