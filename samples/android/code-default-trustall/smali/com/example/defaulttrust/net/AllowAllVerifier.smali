.class final Lcom/example/defaulttrust/net/AllowAllVerifier;
.super Ljava/lang/Object;
.source "AllowAllVerifier.java"

# interfaces
.implements Ljavax/net/ssl/HostnameVerifier;


# direct methods
.method constructor <init>()V
    .registers 1

    .line 7
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 4

    .line 10
    const/4 v0, 0x1

    return v0
.end method
