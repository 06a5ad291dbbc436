.class public Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;
.super Ljava/lang/Object;
.source "SystemKeyStore.java"


# static fields
.field private static instance:Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;


# instance fields
.field final trustStore:Ljava/security/KeyStore;


# direct methods
.method private constructor <init>()V
    .registers 2

    .line 40
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 41
    const/4 v0, 0x0

    iput-object v0, p0, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;->trustStore:Ljava/security/KeyStore;

    .line 42
    return-void
.end method

.method public static declared-synchronized getInstance(Landroid/content/Context;)Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;
    .registers 3

    const-class v1, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;

    monitor-enter v1

    .line 33
    :try_start_3
    sget-object v0, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;->instance:Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;

    if-nez v0, :cond_e

    .line 34
    new-instance v0, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;

    invoke-direct {v0}, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;-><init>()V

    sput-object v0, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;->instance:Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;

    .line 37
    :cond_e
    sget-object v0, Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;->instance:Lorg/thoughtcrime/ssl/pinning/SystemKeyStore;
    :try_end_10
    .catchall {:try_start_3 .. :try_end_10} :catchall_12

    monitor-exit v1

    return-object v0

    :catchall_12
    move-exception v0

    monitor-exit v1

    throw v0
.end method
