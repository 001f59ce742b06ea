"""The generated layer for customer_management: used through candescent_async.CandescentClient, not directly"""
