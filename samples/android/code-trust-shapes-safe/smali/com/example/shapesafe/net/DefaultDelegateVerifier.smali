.class public Lcom/example/shapesafe/net/DefaultDelegateVerifier;
.super Ljava/lang/Object;
.source "DefaultDelegateVerifier.java"

# interfaces
.implements Ljavax/net/ssl/HostnameVerifier;


# instance fields
.field private final delegate:Ljavax/net/ssl/HostnameVerifier;


# direct methods
.method public constructor <init>(Ljavax/net/ssl/HostnameVerifier;)V
    .registers 2
    .param p1, "delegate"    # Ljavax/net/ssl/HostnameVerifier;

    .line 10
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 11
    iput-object p1, p0, Lcom/example/shapesafe/net/DefaultDelegateVerifier;->delegate:Ljavax/net/ssl/HostnameVerifier;

    .line 12
    return-void
.end method


# virtual methods
.method public verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 5
    .param p1, "hostname"    # Ljava/lang/String;
    .param p2, "session"    # Ljavax/net/ssl/SSLSession;

    .line 16
    const-string v0, "Hosts"

    const-string v1, "verifying host name"

    invoke-static {v0, v1}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I

    .line 17
    iget-object v0, p0, Lcom/example/shapesafe/net/DefaultDelegateVerifier;->delegate:Ljavax/net/ssl/HostnameVerifier;

    invoke-interface {v0, p1, p2}, Ljavax/net/ssl/HostnameVerifier;->verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z

    move-result v0

    return v0
.end method
